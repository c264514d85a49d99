// The dead-letter queue the extract function sends what it can never read to, from the environment the CDK stack
// sets (a missing one stops the cold start). Extract holds no SQS client: the sender is imported on the first
// unreadable message and kept, so its client costs no cold start. Deliver and notify, which hold one, send
// with it (aws-webhook-wiring.ts).
import type { DeadLetters } from '../queue/dead-letters.js';
import { ENV, requireEnv } from './config.js';

/** The sender's bundle, written beside the extract function's index.mjs (infra/lambda-bundling.ts). */
export const DEAD_LETTER_SENDER_BUNDLE = 'dead-letter-sender.mjs';

type SenderModule = typeof import('./sqs-dead-letters.js');

/**
 * The bundle beside this one on Lambda; from source (tsx, vitest), the TypeScript module. The specifier is
 * computed: esbuild would inline a literal one into index.mjs.
 */
function importSender(): Promise<SenderModule> {
  const file = import.meta.url.endsWith('.ts') ? './sqs-dead-letters.ts' : `./${DEAD_LETTER_SENDER_BUNDLE}`;
  return import(new URL(file, import.meta.url).href) as Promise<SenderModule>;
}

export function wireDeadLettersOnAws(env: NodeJS.ProcessEnv = process.env): DeadLetters {
  const queueUrl = requireEnv(ENV.deadLetterQueueUrl, env);
  let sender: Promise<DeadLetters> | undefined;
  return {
    async send(message) {
      // An import that failed is tried again on the next unreadable message.
      sender ??= importSender().then(
        ({ sqsDeadLetters }) => sqsDeadLetters(queueUrl),
        (error: unknown) => {
          sender = undefined;
          throw error;
        },
      );
      await (await sender).send(message);
    },
  };
}
