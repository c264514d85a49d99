// Watch events by e-mail (issue 12, AWS only): one shared SNS topic, one e-mail subscription per watch with
// a filter policy on the message attribute watchId, so a message published for a watch reaches only its
// address. The port is here; the SNS adapter is shared/runtime/sns-watch-email.ts. No topic, no e-mail.
import type { PreviousValue, WatchedFact } from './change-events.js';
import type { WatchEventType } from './watch.js';

export interface WatchEmail {
  watchId: string;
  subject: string;
  body: string;
}

export interface WatchEmailChannel {
  /** Subscribes the address to the watch's messages; answers the subscription ARN (SNS mails a confirmation link first). */
  subscribe(watchId: string, email: string): Promise<string>;
  unsubscribe(subscriptionArn: string): Promise<void>;
  /** Publishes one event, with the message attribute watchId that the watch's subscription filters on. */
  publish(email: WatchEmail): Promise<void>;
}

/** SNS refuses e-mail subjects of 100 characters or more. */
const MAX_SUBJECT_LENGTH = 99;

const HEADLINES: Record<WatchEventType, string> = {
  'fact.created': 'New figure',
  'fact.changed': 'Changed figure',
  'conflict.created': 'Conflicting figure',
  'fact.superseded': 'Superseded figure',
};

export interface WatchEmailInput {
  watchId: string;
  type: WatchEventType;
  fact: WatchedFact;
  previous: PreviousValue | null;
  /** The series on factline's page (the webhook payload's link). */
  link: string;
}

/** A short ASCII subject line and a plain-text body: the fact, the previous value where there is one, the link. */
export function watchEmailOf({ watchId, type, fact, previous, link }: WatchEmailInput): WatchEmail {
  const headline = `factline: ${HEADLINES[type]}: ${fact.subject}, ${fact.metric}`;
  // SNS subjects must be ASCII with no line breaks.
  const ascii = headline.normalize('NFKD').replace(/[^\x20-\x7e]/g, '');
  const subject = ascii.length > MAX_SUBJECT_LENGTH ? `${ascii.slice(0, MAX_SUBJECT_LENGTH - 3)}...` : ascii;
  const lines = [
    `${HEADLINES[type]} (${type})`,
    '',
    `Subject: ${fact.subject}`,
    `Metric: ${fact.metric}`,
    `Kind: ${fact.kind}, period: ${fact.period}`,
    `Value: ${valueText(fact)}`,
    `Previous value: ${previous ? valueText(previous) : 'none'}`,
    ...(previous?.quote ? [`Previously said: "${previous.quote}"${previous.source ? ` (${previous.source})` : ''}`] : []),
    '',
    `See it on factline: ${link}`,
    '',
    `You receive this because of factline watch ${watchId}.`,
  ];
  return { watchId, subject, body: lines.join('\n') };
}

function valueText(value: { value: number; low?: number; high?: number; unit: string }): string {
  const range = value.low !== undefined && value.high !== undefined ? ` (${value.low} to ${value.high})` : '';
  return `${value.value} ${value.unit}${range}`;
}
