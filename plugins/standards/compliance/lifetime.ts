// How long a test result stays valid, exactly as the SCS community defines it.
// A result checked on day D is valid until (not including) midnight UTC at the
// start of the day this returns:
//   day      D + 2
//   week     the Monday after D + 7
//   month    the first of the month after next
//   quarter  the first day of the quarter after next
//   year     the first of the month after next, one year on
// e.g. checked Wednesday 2025-03-05: 2025-03-07, 2025-03-17, 2025-05-01,
// 2025-07-01, 2026-05-01.
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { TestCaseLifetime } from '../model/scope.js';

export function expiryDay(checkedOn: CalendarDate, lifetime: TestCaseLifetime): CalendarDate {
  const [year, month, day] = checkedOn.split('-').map(Number) as [number, number, number];
  const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  switch (lifetime) {
    case 'day':
      return format(utc(year, month, day + 2));
    case 'week': {
      const weekOn = utc(year, month, day + 7);
      // getUTCDay: Sunday 0 … Saturday 6; days to the next Monday, strictly after.
      const toMonday = ((8 - weekOn.getUTCDay()) % 7) || 7;
      return format(utc(year, month, day + 7 + toMonday));
    }
    case 'month':
      return format(utc(year, month + 2, 1));
    case 'quarter': {
      const quarterStart = Math.floor((month - 1) / 3) * 3 + 1;
      return format(utc(year, quarterStart + 6, 1));
    }
    case 'year':
      return format(utc(year + 1, month + 2, 1));
  }
}

/** The UTC calendar day of a `checked_at` value (a day, or a date-time with a zone). */
export function checkedDay(checkedAt: string): CalendarDate | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(checkedAt)) return checkedAt;
  const time = Date.parse(checkedAt);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/** Whether a result checked on `checkedOn` is still valid on `date` (a whole day). */
export function isValidOn(checkedOn: CalendarDate, lifetime: TestCaseLifetime, date: CalendarDate): boolean {
  return checkedOn <= date && date < expiryDay(checkedOn, lifetime);
}

function format(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}
