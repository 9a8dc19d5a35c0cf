// `lint:standards --summary FILE` and `--format markdown`, as the pull-request
// workflow uses them: annotations on stdout, every finding appended to the job
// summary, and a summary that cannot be written is one line and exit 2.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURE = 'tests/fixtures/every-error/scs-0101-v1-entropy.md';
let work = '';

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'scs-summary-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

function lint(...args: string[]) {
  const run = spawnSync(TSX, [path.join(ROOT, 'scripts', 'lint-standards.ts'), '--no-cache', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const TABLE = [
  '### Standards lint: 0 errors, 1 warning in 1 file',
  '',
  '| File | Line | Severity | Message | Rule |',
  '| --- | ---: | --- | --- | --- |',
  '| `tests/fixtures/every-error/scs-0101-v1-entropy.md` | 4:1 | warning | Unexpected Stable `scs-0101-v1-entropy.md` next to the newer Stable `scs-0101-v2-entropy.md`\\, expected the older version deprecated in a separate step\\: `status: Deprecated`\\, `deprecated_at:` the last day it applies\\, and `replaced_by: [scs-0101-v2-entropy.md]` | `single-stable-version` |',
  '',
].join('\n');

describe('npm run lint:standards -- --summary FILE', () => {
  it('prints annotations and appends the Markdown table to the summary file', async () => {
    const summary = path.join(work, 'step-summary.md');
    await writeFile(summary, 'written by an earlier step\n');
    const { code, stdout } = lint(FIXTURE, '--format', 'github', '--summary', summary);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^::warning file=tests\/fixtures\/every-error\/scs-0101-v1-entropy\.md,line=4,col=1,.*title=single-stable-version::/);
    expect(await readFile(summary, 'utf8')).toBe(`written by an earlier step\n${TABLE}`);
  }, 120_000);

  it('prints the same table with --format markdown', () => {
    expect(lint(FIXTURE, '--format', 'markdown')).toEqual({ code: 0, stdout: TABLE, stderr: '' });
  }, 120_000);

  it('stops with one line and exit 2 when the summary cannot be written', async () => {
    const folder = path.join(work, 'a-folder');
    await mkdir(folder);
    const { code, stderr } = lint(FIXTURE, '--summary', folder);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`Could not write the summary ${folder} (EISDIR)`);
  }, 120_000);
});
