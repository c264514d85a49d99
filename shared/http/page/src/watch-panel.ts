// "Watch this series": creates a watch with the reader's API key, shows its signing secret once, and lists
// the key's watches with pause, resume and delete. The key is kept in sessionStorage only (this tab, until
// it closes), never in localStorage or a cookie, and is sent only to this origin's /watches routes.
import type { Watch, WatchEventType } from '../../../watches/watch.js';
import { apiUrl } from './api.js';
import { h } from './dom.js';

const KEY_STORAGE = 'factline.apiKey';

const EVENT_CHOICES: Array<{ type: WatchEventType; label: string; checked: boolean }> = [
  { type: 'fact.created', label: 'a new figure appears', checked: true },
  { type: 'fact.changed', label: 'a figure changes (same year or deadline, another value)', checked: true },
  { type: 'conflict.created', label: 'sources start to disagree', checked: false },
  { type: 'fact.superseded', label: 'a figure is superseded or corrected', checked: false },
];

class WatchApiError extends Error {}

function storedKey(): string {
  try {
    return sessionStorage.getItem(KEY_STORAGE) ?? '';
  } catch {
    return ''; // storage disabled: the key lives in the field only
  }
}

function keepKey(key: string): void {
  try {
    if (key) sessionStorage.setItem(KEY_STORAGE, key);
    else sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // storage disabled: nothing is kept
  }
}

async function callWatches<T>(key: string, method: string, path: string, body?: unknown): Promise<T | null> {
  const response = await fetch(apiUrl(path), {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return null;
  const answer = (await response.json().catch(() => ({}))) as { detail?: string };
  if (!response.ok) throw new WatchApiError(answer.detail ?? `the server answered ${response.status}`);
  return answer as T;
}

function describeTarget(watch: Watch): string {
  const { subject, metric, ...rest } = watch.target;
  const parts = [subject ?? 'any subject', metric ?? 'any metric', ...Object.entries(rest).map(([name, value]) => `${name} ${value}`)];
  return parts.join(' · ');
}

function webhookHost(watch: Watch): string {
  return URL.canParse(watch.webhookUrl) ? new URL(watch.webhookUrl).host : watch.webhookUrl;
}

export function watchPanel(subjectSlug: string, metricSlug: string, seriesTitle: string): HTMLElement {
  const keyInput = h('input', {
    id: 'watch-key',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'watch-key-note',
    required: '',
  }) as HTMLInputElement;
  keyInput.value = storedKey();
  const urlInput = h('input', {
    id: 'watch-url',
    type: 'url',
    inputmode: 'url',
    placeholder: 'https://',
    autocomplete: 'off',
    required: '',
  }) as HTMLInputElement;
  const eventBoxes = EVENT_CHOICES.map((choice) => {
    const box = h('input', {
      type: 'checkbox',
      name: 'events',
      value: choice.type,
      id: `watch-event-${choice.type.replace('.', '-')}`,
    }) as HTMLInputElement;
    box.checked = choice.checked;
    return { box, row: h('div', { class: 'check' }, box, h('label', { for: box.id }, choice.label)) };
  });
  const status = h('p', { class: 'watch-status', role: 'status' });
  const secretSlot = h('div', { class: 'watch-secret-slot' });
  const list = h('ul', { class: 'watch-list' });
  const listStatus = h('p', { class: 'watch-list-status' });

  const showError = (slot: HTMLElement, error: unknown) => {
    slot.classList.add('error');
    slot.textContent = error instanceof WatchApiError ? error.message : 'The request could not be sent; try again.';
  };
  const showDone = (slot: HTMLElement, message: string) => {
    slot.classList.remove('error');
    slot.textContent = message;
  };

  const refreshList = async () => {
    const key = keyInput.value.trim();
    list.replaceChildren();
    if (!key) return showDone(listStatus, 'Enter your API key to see your watches.');
    try {
      const page = await callWatches<{ items: Watch[] }>(key, 'GET', '/watches?limit=100');
      const watches = page?.items ?? [];
      showDone(
        listStatus,
        watches.length ? `${watches.length} ${watches.length === 1 ? 'watch' : 'watches'} on this key.` : 'No watches on this key yet.',
      );
      list.replaceChildren(...watches.map(watchRow));
    } catch (error) {
      showError(listStatus, error);
    }
  };

  const watchRow = (watch: Watch): HTMLElement => {
    const name = `${describeTarget(watch)} to ${webhookHost(watch)}`;
    const paused = watch.status === 'paused';
    const toggle = h(
      'button',
      { type: 'button', 'aria-label': `${paused ? 'Resume' : 'Pause'} the watch on ${name}` },
      paused ? 'Resume' : 'Pause',
    );
    const remove = h('button', { type: 'button', class: 'danger', 'aria-label': `Delete the watch on ${name}` }, 'Delete');
    const act = async (method: string, body?: unknown) => {
      try {
        await callWatches(keyInput.value.trim(), method, `/watches/${encodeURIComponent(watch.id)}`, body);
        showDone(status, method === 'DELETE' ? `Deleted the watch on ${name}.` : `${paused ? 'Resumed' : 'Paused'} the watch on ${name}.`);
        await refreshList();
      } catch (error) {
        showError(status, error);
      }
    };
    toggle.addEventListener('click', () => void act('PATCH', { status: paused ? 'active' : 'paused' }));
    remove.addEventListener('click', () => void act('DELETE'));
    return h(
      'li',
      { class: `watch-row${paused ? ' paused' : ''}`, 'data-watch': watch.id },
      h('span', { class: 'watch-target' }, describeTarget(watch)),
      h('span', { class: 'muted' }, ` → ${webhookHost(watch)} · ${watch.events.join(', ')} · `),
      h('span', { class: 'watch-state' }, paused ? 'paused' : 'active'),
      h('span', { class: 'watch-actions' }, toggle, remove),
    );
  };

  const form = h(
    'form',
    { class: 'watch-form', 'aria-labelledby': 'watch-heading', novalidate: '' },
    h('div', { class: 'field' }, h('label', { for: 'watch-key' }, 'API key'), keyInput),
    h(
      'p',
      { id: 'watch-key-note', class: 'muted' },
      'A key with the watch scope (from your factline admin). It is kept in this browser tab only, until you close it.',
    ),
    h('div', { class: 'field' }, h('label', { for: 'watch-url' }, 'Webhook URL (https)'), urlInput),
    h('fieldset', {}, h('legend', {}, 'Tell me when'), ...eventBoxes.map((entry) => entry.row)),
    h('button', { type: 'submit' }, 'Watch this series'),
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const key = keyInput.value.trim();
      const events = eventBoxes.filter((entry) => entry.box.checked).map((entry) => entry.box.value);
      secretSlot.replaceChildren();
      if (!key) return showError(status, new WatchApiError('Enter your API key.'));
      if (!urlInput.value.trim()) return showError(status, new WatchApiError('Enter the webhook URL events should be sent to.'));
      if (!events.length) return showError(status, new WatchApiError('Choose at least one event.'));
      keepKey(key);
      try {
        const created = await callWatches<Watch & { signingSecret: string }>(key, 'POST', '/watches', {
          target: { subject: subjectSlug, metric: metricSlug },
          events,
          webhookUrl: urlInput.value.trim(),
        });
        showDone(status, `Watching ${seriesTitle}.`);
        secretSlot.replaceChildren(
          h(
            'div',
            { class: 'watch-secret' },
            h(
              'p',
              {},
              h('strong', {}, 'Signing secret, shown this once: '),
              'copy it now. Your receiver checks each delivery\u2019s signature with it.',
            ),
            h('code', { class: 'secret' }, created!.signingSecret),
          ),
        );
        await refreshList();
      } catch (error) {
        showError(status, error);
      }
    })();
  });
  keyInput.addEventListener('change', () => {
    keepKey(keyInput.value.trim());
    void refreshList();
  });
  void refreshList();

  return h(
    'section',
    { class: 'watch-panel', 'aria-labelledby': 'watch-heading' },
    h('h2', { id: 'watch-heading' }, 'Watch this series'),
    h('p', {}, 'Get a signed call to your webhook when a figure in this series appears, changes, is disputed or corrected.'),
    form,
    status,
    secretSlot,
    h('h3', {}, 'Your watches'),
    listStatus,
    list,
  );
}
