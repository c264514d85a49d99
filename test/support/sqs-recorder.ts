// A loopback HTTP server that speaks just enough of SQS's JSON protocol (SendMessage) for the real
// SQS client to send to it; it records the bodies so a test can replay them as an SQS batch event.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export interface SqsRecorder {
  queueUrl: string;
  messages: Array<{ messageId: string; body: string }>;
  close(): Promise<void>;
}

export async function startSqsRecorder(): Promise<SqsRecorder> {
  const messages: SqsRecorder['messages'] = [];
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      const target = String(request.headers['x-amz-target'] ?? '');
      if (target !== 'AmazonSQS.SendMessage') {
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
        response.end(JSON.stringify({ __type: 'com.amazonaws.sqs#UnsupportedOperation', message: target }));
        return;
      }
      const { MessageBody } = JSON.parse(raw) as { MessageBody: string };
      const messageId = randomUUID();
      messages.push({ messageId, body: MessageBody });
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      response.end(JSON.stringify({ MessageId: messageId, MD5OfMessageBody: createHash('md5').update(MessageBody).digest('hex') }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    queueUrl: `http://127.0.0.1:${port}/000000000000/factline-extraction`,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
