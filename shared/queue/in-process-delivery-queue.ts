// The deliveries queue when running locally: each message handled after its delay, in memory. A handler
// that throws (storage down) is tried again after a pause, as SQS would redeliver it; the deliverer's own
// retries (back-off, dead letter) go through send() like on AWS.
import type { DeliveryMessage, DeliveryQueue } from '../watches/delivery.js';

export interface InProcessDeliveryQueue extends DeliveryQueue {
  /** Resolves when no message is waiting or being handled. */
  idle(): Promise<void>;
  /** Drops the waiting messages (their records stay pending; the next start marks them and the sweeper queues them). */
  stop(): void;
}

export interface InProcessDeliveryQueueOptions {
  /** Pause before a message whose handler threw is handled again. */
  redeliveryDelayMs?: number;
  /** Handler failures before a message is dropped (its record stays pending). */
  maxReceives?: number;
  onDropped?: (message: DeliveryMessage, error: unknown) => void;
}

export function createInProcessDeliveryQueue(
  handle: (message: DeliveryMessage) => Promise<unknown>,
  options: InProcessDeliveryQueueOptions = {},
): InProcessDeliveryQueue {
  const redeliveryDelayMs = options.redeliveryDelayMs ?? 1000;
  const maxReceives = options.maxReceives ?? 5;
  const timers = new Set<NodeJS.Timeout>();
  let running = 0;
  let stopped = false;
  let idleWaiters: Array<() => void> = [];
  const settleIfIdle = () => {
    if (running || timers.size) return;
    for (const resolve of idleWaiters) resolve();
    idleWaiters = [];
  };
  const schedule = (message: DeliveryMessage, delayMs: number, receives: number) => {
    if (stopped) return;
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        running++;
        handle(message)
          .catch((error: unknown) => {
            if (receives + 1 >= maxReceives) options.onDropped?.(message, error);
            else schedule(message, redeliveryDelayMs * 2 ** receives, receives + 1);
          })
          .finally(() => {
            running--;
            settleIfIdle();
          });
      },
      Math.max(0, delayMs),
    );
    timers.add(timer);
  };
  return {
    async send(message, delayMs = 0) {
      schedule(message, delayMs, 0);
    },
    idle() {
      if (!running && !timers.size) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      settleIfIdle();
    },
  };
}
