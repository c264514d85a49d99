// A webhook URL is vetted when the watch is created, with the vetter ingestion uses for feeds: https only
// (plain http only under the unsafe loopback switch, for a receiver on this machine in tests), and no
// host that is, or resolves to, a non-public address. Deliveries check every address again.
import { FactlineError } from '../errors.js';
import { createSourceVetter, type SafeFetchOptions } from '../ingestion/safe-fetch.js';

export function createWebhookVetter(
  options: Pick<SafeFetchOptions, 'unsafeAllowLoopback' | 'resolveHost' | 'timeoutMs'> = {},
): (url: string) => Promise<void> {
  const vetAddress = createSourceVetter(options);
  return async (url) => {
    const protocol = URL.canParse(url) ? new URL(url).protocol : null;
    if (protocol !== 'https:' && !(protocol === 'http:' && options.unsafeAllowLoopback)) {
      throw new FactlineError(
        'unprocessable',
        'webhookUrl must be an https URL: events carry data and a signature that must not travel in the clear',
        { field: 'webhookUrl' },
      );
    }
    await vetAddress(url);
  };
}
