// What git knows about the corpus: the day each file was added and last
// changed. Works wherever the corpus folder lives, in the site's checkout or
// in a git repository of its own; outside git it knows nothing.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { FileHistory } from '../export/atom-feed.js';

export type { FileHistory } from '../export/atom-feed.js';

/**
 * Day each file was added and last changed, from one `git log` over the folder.
 * Empty when the folder is not in a git checkout or git is missing: the feed
 * then has only the events front matter dates.
 *
 * A shallow clone (CI often fetches one commit) shows its oldest commits as
 * adding every file they contain, on their own day. Those commits say nothing
 * about when a file was added or changed, so they are skipped; and no file
 * gets an added day, because its addition may lie beyond the clone's history.
 */
export async function loadFileHistory(standardsDir: string): Promise<Map<string, FileHistory>> {
  const history = new Map<string, FileHistory>();
  const git = (args: string[]) =>
    promisify(execFile)('git', args, { cwd: standardsDir, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }).then(({ stdout }) => stdout);
  let output: string;
  let cutOff: Set<string>;
  try {
    output = await git(['log', '--format=%x00%H %cs', '--name-only', '--relative', '--no-renames', '--', '.']);
    cutOff = await shallowBoundary(git);
  } catch {
    return history;
  }
  // Newest commit first: the first date seen is the last change, the last one the addition.
  for (const commit of output.split('\0').slice(1)) {
    const [header = '', ...files] = commit.split('\n').filter(Boolean);
    const [hash = '', date = ''] = header.split(' ');
    if (cutOff.has(hash)) continue;
    for (const file of files) {
      const known = history.get(file);
      history.set(file, { added: cutOff.size > 0 ? null : date, changed: known?.changed ?? date });
    }
  }
  return history;
}

/** The commits a shallow clone's history stops at; empty in a full clone. */
async function shallowBoundary(git: (args: string[]) => Promise<string>): Promise<Set<string>> {
  if ((await git(['rev-parse', '--is-shallow-repository'])).trim() !== 'true') return new Set();
  const file = (await git(['rev-parse', '--path-format=absolute', '--git-path', 'shallow'])).trim();
  return new Set((await readFile(file, 'utf8')).split('\n').filter(Boolean));
}

