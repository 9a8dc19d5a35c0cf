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

/**
 * Runs a command's `main` and turns a bad command line (our UsageError, a
 * parseArgs error, a folder that does not exist) into a message and exit code 2.
 * Anything else is a bug and keeps its stack trace.
 */
export async function runCommand(usage: string, main: () => Promise<number>): Promise<number> {
  try {
    return await main();
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n${usage}`);
      return 2;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`No such folder: ${(error as NodeJS.ErrnoException).path}\n${usage}`);
      return 2;
    }
    throw error;
  }
}
