// The options the commands that edit the corpus share (npm run new, npm run
// lifecycle): `--dir DIR` (default Standards/) and `--dry-run`, as parseArgs
// option specs, their usage text, and the folder they name, checked.
import path from 'node:path';
import { existingFolder } from './cli-options.js';

export const EDIT_OPTIONS = {
  dir: { type: 'string', default: 'Standards' },
  'dry-run': { type: 'boolean', default: false },
} as const;

export const EDIT_USAGE = '[--dir DIR] [--dry-run]';

export interface EditTarget {
  /** Absolute path of the standards folder. */
  root: string;
  dryRun: boolean;
}

/** The folder to edit and whether to only show the diff; a folder that does not exist is an InputError. */
export async function editTarget(values: { dir: string; 'dry-run': boolean }): Promise<EditTarget> {
  return { root: await existingFolder(path.resolve(values.dir), '--dir'), dryRun: values['dry-run'] };
}
