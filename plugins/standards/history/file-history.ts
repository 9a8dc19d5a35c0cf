// What git knows about the corpus, in dates: the day each file was added and
// last changed. Derived from the one `git log` of ./commit-log.ts, so the feed
// and the document pages agree; outside git it knows nothing.
import type { FileHistory } from '../export/atom-feed.js';
import { loadCorpusHistory, type CorpusHistory } from './commit-log.js';

export type { FileHistory } from '../export/atom-feed.js';

/**
 * Day each file was added (null when history stops before the addition: a
 * shallow clone) and last changed. Renames are followed: a file renamed keeps
 * the day it was first added. Pure.
 */
export function fileDates(history: CorpusHistory): Map<string, FileHistory> {
  const dates = new Map<string, FileHistory>();
  for (const [file, { commits, complete }] of history.files) {
    const newest = commits[0];
    if (!newest) continue;
    dates.set(file, { added: complete ? commits.at(-1)!.date : null, changed: newest.date });
  }
  return dates;
}

/** Day each file was added and last changed; empty when the folder is not in a git checkout or git is missing. */
export async function loadFileHistory(standardsDir: string): Promise<Map<string, FileHistory>> {
  return fileDates(await loadCorpusHistory(standardsDir));
}
