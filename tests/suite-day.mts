// The suite day: the one day a test run is about. vitest.config.mts fixes it once, when the run
// starts, and hands it to every test file (`inject('suiteDay')`) and to global setup, which builds
// the portals of the browser tests as on that day (STANDARDS_DATE). The browser tests read every
// page with the browser's clock fixed on it (tests/browser/browser.ts), and the dev servers the
// tests start get it too. So a run that crosses midnight, or whose builds end on another day than
// they started, compares the build's day with the same day, and SCS_SUITE_DAY=YYYY-MM-DD runs the
// suite as on any day without touching the machine's clock.
//
// Loaded with vitest's configuration, like tests/sequencer.mts.
import { addDays, isCalendarDate, today } from '../plugins/standards/model/lifecycle.js';

/** The environment variable that sets the suite day (YYYY-MM-DD); unset or empty: today, in UTC. */
export const SUITE_DAY_VARIABLE = 'SCS_SUITE_DAY';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The day this run is about, YYYY-MM-DD (tests/suite-day.mts). */
    suiteDay: string;
  }
}

/**
 * The suite day from SCS_SUITE_DAY: a day written YYYY-MM-DD, or `today` / `today+N` / `today-N`
 * (days from the machine's day, for a run as on a day relative to it). Unset or empty: today.
 * Anything else stops the run with its value.
 */
export function suiteDayFromEnv(env: Readonly<Record<string, string | undefined>>, now: () => string = today): string {
  const value = env[SUITE_DAY_VARIABLE]?.trim();
  if (value === undefined || value === '') return now();
  const relative = /^today(?:([+-])(\d{1,5}))?$/.exec(value);
  if (relative) return relative[1] ? addDays(now(), Number(`${relative[1]}${relative[2]}`)) : now();
  if (!isCalendarDate(value)) {
    throw new Error(`Unexpected ${SUITE_DAY_VARIABLE} \`${value}\`, expected a day written YYYY-MM-DD or today+N or today-N, e.g. ${SUITE_DAY_VARIABLE}=2026-06-01`);
  }
  return value;
}

/**
 * The moment a browser's clock is fixed at to read pages on `day`: noon UTC, as far as it gets from
 * either midnight (the pages take their day in UTC; a local time from UTC-11 to UTC+11 has the same date).
 */
export function noonOf(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}
