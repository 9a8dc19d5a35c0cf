// What a document page shows of its file's git history: each commit's day,
// subject and address on the repository's site, newest first. Pure.
import type { CalendarDate } from '../model/front-matter-schema.js';
import { commitUrl } from '../history/commit-links.js';
import type { FileCommits } from '../history/commit-log.js';

export interface HistoryEntryProp {
  /** Abbreviated hash, shown next to the subject. */
  shortHash: string;
  date: CalendarDate;
  /** The commit's subject as plain text (control characters removed); the page renders it as text. */
  subject: string;
  /** The commit on the repository's site; null when no address is known (see history/commit-links.ts). */
  url: string | null;
}

export interface DocumentHistoryProp {
  /** Newest first, at most `limit`. */
  changes: HistoryEntryProp[];
  /** Older changes left out to keep the page small. */
  omitted: number;
  /** False when the build's git history stops before the file was added (a shallow clone). */
  complete: boolean;
}

/** Commits listed per page; older ones are counted, not listed. */
export const HISTORY_LIMIT = 100;

/** Subjects are untrusted: no control characters, bidirectional overrides or line breaks reach the page. */
export function plainSubject(subject: string): string {
  const text = subject
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ')
    .replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? '(no subject)' : text;
}

/** The page's history; null when git knows no change of the file (no git, a file not committed yet, or only a shallow clone's edge). */
export function toDocumentHistoryProp(file: FileCommits | undefined, template: string | null, limit = HISTORY_LIMIT): DocumentHistoryProp | null {
  if (!file || file.commits.length === 0) return null;
  return {
    changes: file.commits.slice(0, limit).map((commit) => ({
      shortHash: commit.hash.slice(0, 10),
      date: commit.date,
      subject: plainSubject(commit.subject),
      url: commitUrl(template, commit.hash),
    })),
    omitted: Math.max(0, file.commits.length - limit),
    complete: file.complete,
  };
}
