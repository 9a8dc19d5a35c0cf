// What git knows about a standards folder: the files it held at a base ref.
// The only code in history/ that runs git; everything else is pure.
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { CorpusFile } from '../edit/corpus-edit.js';
import { isStandardsFileName } from '../parse/file-name.js';

const run = promisify(execFile);

/** A bad ref or a folder outside any repository: a message for the user, not a stack trace. */
export class GitError extends Error {}

async function git(cwd: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new GitError(`git ${args[0]} failed: ${stderr.toString().trim() || error.message}`));
      else resolve(stdout);
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

export interface BaseTree {
  /** The commit compared against: the merge base of the ref and HEAD, so changes on the base branch are not blamed on this one. */
  commit: string;
  /** `scs-*.md` files below the folder at that commit, paths relative to the folder. */
  files: CorpusFile[];
}

export async function loadBaseTree(folder: string, ref: string): Promise<BaseTree> {
  const absolute = await realpath(folder);
  const top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd: absolute }).catch(() => {
    throw new GitError(`${folder} is not inside a git repository, expected one for --base`);
  })).stdout.trim();
  const prefix = path.relative(await realpath(top), absolute).split(path.sep).join('/');
  const resolved = await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => {
    throw new GitError(`Unknown git ref \`${ref}\` in ${top}, expected a branch, tag or commit (fetch it first in CI)`);
  });
  const refCommit = resolved.toString().trim();
  const mergeBase = await git(top, ['merge-base', refCommit, 'HEAD']).then((out) => out.toString().trim()).catch(() => refCommit);
  const commit = mergeBase || refCommit;
  const listed = (await git(top, ['ls-tree', '-r', '-z', '--name-only', commit, '--', prefix || '.']))
    .toString()
    .split('\0')
    .filter((entry) => entry !== '' && isStandardsFileName(entry.split('/').pop()!));
  if (listed.length === 0) return { commit, files: [] };
  const batch = await git(top, ['cat-file', '--batch'], listed.map((entry) => `${commit}:${entry}\n`).join(''));
  const files: CorpusFile[] = [];
  let offset = 0;
  for (const entry of listed) {
    const headerEnd = batch.indexOf(0x0a, offset);
    const header = batch.subarray(offset, headerEnd).toString();
    const size = Number(header.split(' ')[2]);
    const text = batch.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8');
    offset = headerEnd + 1 + size + 1;
    if (header.endsWith('missing')) continue;
    files.push({ path: prefix ? entry.slice(prefix.length + 1) : entry, text });
  }
  return { commit, files };
}
