// A loopback HTTP server speaking SQS's JSON protocol for the calls factline makes (SendMessage from
// ingest, and with message attributes from a consumer dead-lettering a message it cannot read; SendMessageBatch, ReceiveMessage with a visibility timeout and DeleteMessageBatch from the
// dead-letter replay), with queues named by their URL, so the real SQS client runs against it.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import { SQSClient } from '@aws-sdk/client-sqs';

interface StoredMessage {
  messageId: string;
  body: string;
  /** String message attributes, by name. */
  attributes: Record<string, string>;
  receiptHandle?: string;
  invisibleUntil: number;
}

export interface SqsServer {
  endpoint: string;
  queueUrl(name: string): string;
  /** Messages waiting in a queue (visible or not), oldest first. */
  messages(name: string): Array<{ messageId: string; body: string; attributes: Record<string, string> }>;
  /** Their bodies. */
  bodies(name: string): string[];
  put(name: string, body: string): void;
  /** Sends to this queue are refused (SendMessageBatch answers Failed entries, SendMessage an error). */
  refuse(name: string): void;
  /** Sends to this queue are taken again. */
  accept(name: string): void;
  close(): Promise<void>;
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

export async function startSqsServer(): Promise<SqsServer> {
  const queues = new Map<string, StoredMessage[]>();
  const refusing = new Set<string>();
  const queueOf = (url: string) => {
    const name = new URL(url).pathname.split('/').pop()!;
    if (!queues.has(name)) queues.set(name, []);
    return { name, messages: queues.get(name)! };
  };
  const answer = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
    response.end(JSON.stringify(body));
  };
  const put = (name: string, body: string, attributes: Record<string, string> = {}) => {
    const messageId = randomUUID();
    queueOf(`http://x/0/${name}`).messages.push({ messageId, body, attributes, invisibleUntil: 0 });
    return messageId;
  };
  const server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      const input = JSON.parse(raw || '{}');
      const action = String(request.headers['x-amz-target'] ?? '').replace('AmazonSQS.', '');
      const queue = input.QueueUrl ? queueOf(input.QueueUrl) : null;
      if (!queue) return answer(response, 400, { __type: 'com.amazonaws.sqs#MissingParameter', message: 'QueueUrl' });
      const now = Date.now();
      switch (action) {
        case 'SendMessage': {
          if (refusing.has(queue.name))
            return answer(response, 400, { __type: 'com.amazonaws.sqs#KmsThrottled', message: 'refused for the test' });
          const attributes = Object.fromEntries(
            Object.entries((input.MessageAttributes ?? {}) as Record<string, { StringValue?: string }>).map(([name, value]) => [
              name,
              value.StringValue ?? '',
            ]),
          );
          return answer(response, 200, {
            MessageId: put(queue.name, input.MessageBody, attributes),
            MD5OfMessageBody: md5(input.MessageBody),
          });
        }
        case 'SendMessageBatch': {
          const entries = input.Entries as Array<{ Id: string; MessageBody: string }>;
          if (refusing.has(queue.name)) {
            return answer(response, 200, {
              Successful: [],
              Failed: entries.map((entry) => ({ Id: entry.Id, Code: 'KmsThrottled', SenderFault: false, Message: 'refused for the test' })),
            });
          }
          return answer(response, 200, {
            Successful: entries.map((entry) => ({
              Id: entry.Id,
              MessageId: put(queue.name, entry.MessageBody),
              MD5OfMessageBody: md5(entry.MessageBody),
            })),
            Failed: [],
          });
        }
        case 'ReceiveMessage': {
          const visible = queue.messages.filter((message) => message.invisibleUntil <= now).slice(0, input.MaxNumberOfMessages ?? 1);
          for (const message of visible) {
            message.receiptHandle = randomUUID();
            message.invisibleUntil = now + (input.VisibilityTimeout ?? 30) * 1000;
          }
          return answer(response, 200, {
            Messages: visible.map((message) => ({
              MessageId: message.messageId,
              ReceiptHandle: message.receiptHandle,
              Body: message.body,
              MD5OfBody: md5(message.body),
            })),
          });
        }
        case 'DeleteMessageBatch': {
          const entries = input.Entries as Array<{ Id: string; ReceiptHandle: string }>;
          const successful = entries.filter((entry) => {
            const index = queue.messages.findIndex((message) => message.receiptHandle === entry.ReceiptHandle);
            if (index >= 0) queue.messages.splice(index, 1);
            return index >= 0;
          });
          return answer(response, 200, {
            Successful: successful.map((entry) => ({ Id: entry.Id })),
            Failed: entries
              .filter((entry) => !successful.includes(entry))
              .map((entry) => ({ Id: entry.Id, Code: 'ReceiptHandleIsInvalid', SenderFault: true })),
          });
        }
        default:
          return answer(response, 400, { __type: 'com.amazonaws.sqs#UnsupportedOperation', message: action });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    endpoint,
    queueUrl: (name) => `${endpoint}/000000000000/${name}`,
    messages: (name) => (queues.get(name) ?? []).map(({ messageId, body, attributes }) => ({ messageId, body, attributes })),
    bodies: (name) => (queues.get(name) ?? []).map((message) => message.body),
    put: (name, body) => void put(name, body),
    refuse: (name) => void refusing.add(name),
    accept: (name) => void refusing.delete(name),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The real SQS client on this server; one attempt per call, so a refused send fails at once instead of after the SDK's retries. */
export function sqsClientOn(server: SqsServer): SQSClient {
  return new SQSClient({
    endpoint: server.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
}
