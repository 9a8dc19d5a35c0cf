// Small helpers shared by the command-line entry points in scripts/.
import { stat } from 'node:fs/promises';
import { isCalendarDate } from './fields.js';
import { today } from '../model/lifecycle.js';

/** Thrown for a bad command line; entry points print it with the usage and exit 2. */
export class UsageError extends Error {}

/**
 * Thrown for an expected problem with what the command was pointed at (a
 * folder that does not exist, a file that cannot be read): one line, no
 * usage, exit 2. The message names the path and what is wrong with it.
 */
export class InputError extends Error {}

export function parseDateOption(value: string | undefined): string {
  if (value === undefined) return today();
  if (!isCalendarDate(value)) throw new UsageError(`Unexpected --date \`${value}\`, expected a calendar day as YYYY-MM-DD`);
  return value;
}

/** The folder, if it exists; an InputError naming the option it came from otherwise. */
export async function existingFolder(folder: string, option?: string): Promise<string> {
  const info = await stat(folder).catch(() => null);
  const forOption = option === undefined ? '' : ` for ${option}`;
  if (!info) throw new InputError(`No such folder${forOption}: ${folder}`);
  if (!info.isDirectory()) throw new InputError(`Not a folder${forOption}: ${folder}`);
  return folder;
}

/** File-system errors a user can cause and fix (a path that is missing, unreadable or of the wrong kind), in words. */
const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, expected a file',
  ENOTDIR: 'is not a folder',
  ELOOP: 'too many symbolic links',
};

/**
 * Runs a command's `main`: a bad command line (our UsageError, a parseArgs
 * error) prints its message and the usage, an expected problem with the input
 * (InputError, a path that cannot be read) one line; both exit 2. Anything
 * else is a bug and keeps its stack trace.
 */
export async function runCommand(usage: string, main: () => Promise<number>): Promise<number> {
  try {
    return await main();
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n${usage}`);
      return 2;
    }
    if (error instanceof InputError) {
      console.error(error.message);
      return 2;
    }
    const { code, path } = error as NodeJS.ErrnoException;
    if (code !== undefined && Object.hasOwn(FILE_PROBLEMS, code) && path !== undefined) {
      console.error(`Cannot read ${path}: ${FILE_PROBLEMS[code]}`);
      return 2;
    }
    throw error;
  }
}
