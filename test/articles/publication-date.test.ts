import { describe, expect, it } from 'vitest';
import { parsePublicationDate } from '../../shared/articles/publication-date.js';

const iso = (value: string) => {
  const time = parsePublicationDate(value);
  return time === null ? null : new Date(time).toISOString();
};

describe('parsePublicationDate', () => {
  it.each([
    ['2025-12-19', '2025-12-19T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2025-12-19T15:04:00-05:00', '2025-12-19T20:04:00.000Z'],
    ['2026-12-01T10:00:00.123456Z', '2026-12-01T10:00:00.123Z'],
    ['2026-12-01T10:00:00+0100', '2026-12-01T09:00:00.000Z'],
    ['Tue, 01 Dec 2026 10:00:00 GMT', '2026-12-01T10:00:00.000Z'],
    ['Mon, 1 Dec 2026 10:00:00 -0500', '2026-12-01T15:00:00.000Z'],
    ['  2026-12-01 ', '2026-12-01T00:00:00.000Z'],
  ])('reads %s', (value, expected) => {
    expect(iso(value)).toBe(expected);
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-04-31T00:00:00Z',
    '2026-12-01T24:00:00Z',
    'Tue, 31 Feb 2026 10:00:00 GMT',
    '1',
    '42',
    'March 5',
    'Article 12',
    'foo 2020',
    '2020',
    'yesterday',
  ])('refuses %s, which Date.parse would guess at', (value) => {
    expect(iso(value)).toBeNull();
  });
});
