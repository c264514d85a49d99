// When an article was published, read only from a date as sources write it. Date.parse alone guesses:
// "1" is 2001, "March 5" is 2001-03-05 and "2026-02-30" rolls into March, and "this year" in the
// article would then resolve against that guess.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WRITTEN_MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])/i;
const WRITTEN_YEAR = /(?<![\d:])(\d{4})(?![\d:])/;
const WRITTEN_DAY = /(?<![\d:])(\d{1,2})(?:st|nd|rd|th)?(?![\d:])/i;

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The time (ms since the epoch) of an ISO 8601 date or date-time, or of a date written with its day, month
 * name and four-digit year (RSS's "Tue, 01 Dec 2026 10:00:00 GMT", "December 1, 2026"); null for anything
 * else, and for days the calendar does not have.
 */
export function parsePublicationDate(value: string): number | null {
  const text = value.trim();
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const inClock = Number(iso[4] ?? 0) <= 23 && Number(iso[5] ?? 0) <= 59 && Number(iso[6] ?? 0) <= 59;
    return inClock && isCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? time : null;
  }
  const month = WRITTEN_MONTH.exec(text);
  const year = WRITTEN_YEAR.exec(text);
  const day = WRITTEN_DAY.exec(text.replace(WRITTEN_YEAR, ' '));
  if (!month || !year || !day) return null;
  const monthNumber = MONTH_NAMES.indexOf((month[1] ?? '').toLowerCase()) + 1;
  return isCalendarDate(Number(year[1]), monthNumber, Number(day[1])) ? time : null;
}
