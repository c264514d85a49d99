// Use case: create a client's watch once. The id follows from the definition (watchIdOf), so a repeat finds the
// watch stored before; an e-mail subscription is made only for a new watch, and none outlives a watch that was
// refused or stored first by a concurrent post.
import { randomBytes } from 'node:crypto';
import { FactlineError } from '../errors.js';
import type { WatchEmailChannel } from './email.js';
import { watchIdOf, type StoredWatch, type Watch, type WatchStore } from './watch.js';

export interface CreateWatchPorts {
  watches: Pick<WatchStore, 'getWatch' | 'createWatch'>;
  /** Refuses a webhook URL that is not https or points at a non-public address (webhook-url.ts). */
  vetWebhookUrl: (url: string) => Promise<void>;
  /** The shared SNS e-mail topic (AWS); without it a watch with an email is refused. */
  emailChannel?: Pick<WatchEmailChannel, 'subscribe' | 'unsubscribe'>;
  now: () => Date;
}

export type WatchDefinition = Pick<Watch, 'ownerKeyId' | 'target' | 'events' | 'webhookUrl'> & { email?: string };

/** The watch stored for this definition, and whether this call stored it. */
export async function createWatch(
  { email, ...definition }: WatchDefinition,
  ports: CreateWatchPorts,
): Promise<{ watch: StoredWatch; created: boolean }> {
  if (email !== undefined && !ports.emailChannel)
    throw new FactlineError('unprocessable', 'e-mail needs the AWS deployment (an SNS topic); this server delivers webhooks only', {
      field: 'email',
    });
  await ports.vetWebhookUrl(definition.webhookUrl);
  const id = watchIdOf(definition);
  // Posted again (a retry after a timeout): answered before SNS is asked for a second subscription.
  const earlier = await ports.watches.getWatch(id);
  if (earlier) return { watch: sameEmail(earlier, email), created: false };
  const createdAt = ports.now().toISOString();
  const emailSubscriptionArn = email !== undefined ? await ports.emailChannel?.subscribe(id, email) : undefined;
  const watch: StoredWatch = {
    id,
    ...definition,
    ...(email !== undefined ? { email } : {}),
    status: 'active',
    createdAt,
    updatedAt: createdAt,
    signingSecret: `whsec_${randomBytes(32).toString('base64url')}`,
    ...(emailSubscriptionArn ? { emailSubscriptionArn } : {}),
  };
  let stored: Awaited<ReturnType<WatchStore['createWatch']>>;
  try {
    stored = await ports.watches.createWatch(watch);
  } catch (error) {
    // Refused (the key's limit): no subscription may outlive the watch it was made for.
    if (emailSubscriptionArn) await ports.emailChannel?.unsubscribe(emailSubscriptionArn);
    throw error;
  }
  // A concurrent post of the same watch stored it first; SNS answered both with its one subscription.
  if (!stored.created && emailSubscriptionArn && emailSubscriptionArn !== stored.watch.emailSubscriptionArn)
    await ports.emailChannel?.unsubscribe(emailSubscriptionArn);
  return stored.created ? stored : { watch: sameEmail(stored.watch, email), created: false };
}

/**
 * The watch stored before, for a repeat with the same e-mail (or none). A repeat with another e-mail is refused:
 * the e-mail is not part of the id.
 */
function sameEmail(existing: StoredWatch, email: string | undefined): StoredWatch {
  if (existing.email !== email)
    throw new FactlineError(
      'unprocessable',
      `this key already has this watch (${existing.id}) ${existing.email ? 'with another e-mail' : 'without an e-mail'}; ` +
        'delete it first to change that',
      { field: 'email' },
    );
  return existing;
}
