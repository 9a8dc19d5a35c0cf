// The commits that changed each file of the corpus, read from one `git log`
// over the whole folder (never one process per file: a corpus has thousands).
// Renames git detects are followed, so a file keeps the commits it had under
// its former names. Works wherever the corpus lives, in the site's checkout or
// in a repository of its own; without git it knows nothing.
//
// What is certain in a shallow clone (CI often fetches one commit): the
// commits it stops at (listed in `.git/shallow`) have no parents there, so git
// shows them as adding every file they hold, on their own day. They say
// nothing about the file and are dropped. The commits above them are real,
// with real dates; a file's list is complete when the commit that added it is
// among them, and marked incomplete otherwise, never given a made-up start.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { CalendarDate } from '../model/front-matter-schema.js';

export interface Commit {
  /** Full object name. */
  hash: string;
  /** Committer time, seconds since the epoch: orders commits across days. */
  time: number;
  /** Committer day as git shows it (`%cs`), the same day Docusaurus's "last updated" shows. */
  date: CalendarDate;
  /** First line of the message as written: untrusted text. */
  subject: string;
}

export interface FileCommits {
  /** Newest first. */
  commits: Commit[];
  /** The commit that added the file (under any of its names) is in the list; false when history stops before it. */
  complete: boolean;
}

export interface CorpusHistory {
  /** By path relative to the corpus folder, with forward slashes. */
  files: Map<string, FileCommits>;
  /** The repository is a shallow clone: lists may stop before a file's beginning. */
  shallow: boolean;
  /** The corpus repository's remote URLs by remote name (for commit links, see ./commit-links.ts). */
  remotes: Map<string, string>;
}

export const EMPTY_HISTORY: CorpusHistory = { files: new Map(), shallow: false, remotes: new Map() };

/**
 * `git log` arguments whose output `splitGitLog` reads: NUL-separated fields
 * (a subject can hold any character but NUL), rename detection, paths relative
 * to the folder, children before parents; the same output whatever the user's
 * git configuration says about signatures or colour.
 */
export const GIT_LOG_ARGS = [
  // A user's settings must not change what is printed: signatures and colour would mix into the fields.
  '-c',
  'log.showSignature=false',
  '-c',
  'core.quotePath=false',
  'log',
  '--no-color',
  '-z',
  '--topo-order',
  '--name-status',
  '-M',
  '--relative',
  '--format=%H%x00%ct%x00%cs%x00%s',
  '--',
  '.',
];

const HASH = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const STATUS = /^([ACDMRTUXB])(\d*)$/;

interface RawCommit extends Commit {
  changes: Array<{ status: string; paths: string[] }>;
}

/** Splits `git log` output (GIT_LOG_ARGS) into commits and their file changes. Pure. */
export function splitGitLog(output: string): RawCommit[] {
  // Git puts a newline between a commit's header and its file list; a field never starts with one otherwise.
  const tokens = output.split('\0').map((token) => token.replace(/^\n/, ''));
  const commits: RawCommit[] = [];
  let at = 0;
  while (at < tokens.length) {
    const hash = tokens[at]!;
    if (!HASH.test(hash)) {
      at += 1; // the empty token after the last NUL, or something this reader does not know: skip it
      continue;
    }
    const [time = '', date = '', subject = ''] = tokens.slice(at + 1, at + 4);
    const commit: RawCommit = { hash, time: Number(time), date, subject, changes: [] };
    at += 4;
    for (;;) {
      const status = STATUS.exec(tokens[at] ?? '');
      if (!status) break;
      const letter = status[1]!;
      const count = letter === 'R' || letter === 'C' ? 2 : 1;
      commit.changes.push({ status: letter, paths: tokens.slice(at + 1, at + 1 + count) });
      at += 1 + count;
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && Number.isFinite(commit.time)) commits.push(commit);
  }
  return commits;
}

/**
 * Each current file's commits, following renames. Reads the commits newest
 * first and keeps, for every name a file had, which current file it became:
 * a modification counts for the file the name now belongs to; a rename moves
 * that belonging to the old name; an addition ends it (older commits on the
 * same name were another file); a deletion means the name's older commits
 * belong to a file that is gone. Commits in `boundary` (a shallow clone's
 * edge) are not real changes and are skipped. Pure.
 */
export function buildFileCommits(commits: readonly RawCommit[], boundary: ReadonlySet<string> = new Set()): Map<string, FileCommits> {
  const files = new Map<string, FileCommits>();
  // Name at this point of history -> current path, or null for a file that no longer exists. Absent: the name itself.
  const becomes = new Map<string, string | null>();
  const ownerOf = (name: string) => (becomes.has(name) ? becomes.get(name)! : name);
  // Children before parents, newest first within the order git gives.
  for (const commit of commits) {
    if (boundary.has(commit.hash)) continue;
    const { changes, ...fields } = commit;
    const entry: Commit = fields;
    for (const { status, paths } of changes) {
      const name = paths.at(-1)!;
      const owner = ownerOf(name);
      if (status === 'D') {
        becomes.set(name, null);
        continue;
      }
      if (owner !== null) {
        let file = files.get(owner);
        if (!file) files.set(owner, (file = { commits: [], complete: false }));
        if (file.commits.at(-1) !== entry) file.commits.push(entry);
        if (status === 'A' || status === 'C') file.complete = true;
      }
      if (status === 'R') becomes.set(paths[0]!, owner);
      // Before this commit the name did not exist (added, copied or renamed to): older commits on it were another file.
      if (status === 'A' || status === 'C' || status === 'R') becomes.set(name, null);
    }
  }
  // Newest first by time; git's order breaks ties (and keeps children first when clocks disagree by less than a second).
  for (const file of files.values()) {
    const order = new Map(file.commits.map((commit, index) => [commit, index]));
    file.commits.sort((a, b) => b.time - a.time || order.get(a)! - order.get(b)!);
  }
  return files;
}

/** Runs git in `cwd`; null when git is missing, fails or the folder is in no repository. */
async function gitOutput(cwd: string, args: string[]): Promise<string | null> {
  try {
    const { stdout } = await promisify(execFile)('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, timeout: 120_000, encoding: 'utf8' });
    return stdout;
  } catch {
    return null;
  }
}

/**
 * Every file's commits below `folder`, from one `git log`, plus two small
 * questions to git (is it shallow, which remotes). Empty when the folder is
 * not in a git checkout or git cannot run: pages then show no history rather
 * than a wrong one.
 */
export async function loadCorpusHistory(folder: string): Promise<CorpusHistory> {
  const inside = await gitOutput(folder, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--path-format=absolute', '--git-path', 'shallow']);
  const [insideWorkTree, isShallow, shallowFile] = (inside ?? '').split('\n');
  if (insideWorkTree !== 'true') return EMPTY_HISTORY;
  const shallow = isShallow === 'true';
  let boundary = new Set<string>();
  if (shallow) {
    const listed = await readFile(shallowFile ?? '', 'utf8').catch(() => null);
    // Shallow, but the edge cannot be read: nothing can be told apart from the edge's fake additions.
    if (listed === null) return EMPTY_HISTORY;
    boundary = new Set(listed.split('\n').filter(Boolean));
  }
  const [log, remoteConfig] = await Promise.all([gitOutput(folder, GIT_LOG_ARGS), gitOutput(folder, ['config', '--get-regexp', '^remote\\..*\\.url$'])]);
  if (log === null) return EMPTY_HISTORY;
  const remotes = new Map<string, string>();
  for (const line of (remoteConfig ?? '').split('\n')) {
    const match = /^remote\.(.+)\.url (.+)$/.exec(line);
    if (match) remotes.set(match[1]!, match[2]!);
  }
  return { files: buildFileCommits(splitGitLog(log), boundary), shallow, remotes };
}
