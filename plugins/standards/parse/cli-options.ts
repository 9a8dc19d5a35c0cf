// Small helpers shared by the command-line entry points in scripts/.
import { isCalendarDate } from './fields.js';
import { today } from '../model/lifecycle.js';

/** Thrown for a bad command line; entry points print it and exit 2. */
export class UsageError extends Error {}

export function parseDateOption(value: string | undefined): string {
  if (value === undefined) return today();
  if (!isCalendarDate(value)) throw new UsageError(`Unexpected --date \`${value}\`, expected a calendar day as YYYY-MM-DD`);
  return value;
}
