// Stands in for @smithy/core/event-streams in the Lambda bundles only (infra/lambda-bundling.ts). The SDK's
// protocols import it on the first event-stream operation, and esbuild bundles that import whole (about 19 kB
// minified, with the CRC32 code it needs); no client the functions use (DynamoDB, DynamoDB Streams, SQS, SNS,
// Secrets Manager) has an event-stream operation, so it never ran (test/infra/bundle-contents.test.ts checks them).
function notBundled(): never {
  throw new Error('AWS SDK event streams are not bundled into factline functions (infra/lambda-bundling.ts)');
}

export const eventStreamSerdeProvider = notBundled;

export class EventStreamSerde {
  constructor() {
    notBundled();
  }
}
