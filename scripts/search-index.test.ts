// `npm run search:index` when something a user can meet goes wrong: one line on
// stderr, a non-zero exit, no stack trace, and quickly. Nothing is sent anywhere
// but 127.0.0.1: ALGOLIA_HOSTS points the command at a closed port (a machine
// without network) or at a local stand-in that answers as Algolia does to a
// wrong application id or key. Failures that need DNS or a silent server are
// played in-process in plugins/standards/search/algolia.test.ts.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CORPUS = 'tests/fixtures/export-corpus';
/** Every case must end within this, start-up of tsx included. */
const BOUND_MS = 30_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runIndex(env: Record<string, string>, ...args: string[]): Promise<Run> {
  const started = Date.now();
  // Only what the command needs: no ALGOLIA_* of the machine running the tests leaks in.
  const child = spawn(TSX, ['scripts/search-index.ts', ...args], { cwd: ROOT, env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), BOUND_MS);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    }),
  );
}

const CREDENTIALS = { ALGOLIA_APP_ID: 'TESTAPP', ALGOLIA_ADMIN_API_KEY: 'secret-admin-key', ALGOLIA_INDEX_NAME: 'standards' };

/** One line, no stack trace, no key, a failing exit code, in time. */
function expectOneLine(run: Run, code: number, line: string | RegExp) {
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr.trimEnd()).toMatch(line);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:|secret-admin-key/);
  expect(run.stdout).toBe('');
  expect(run.code).toBe(code);
  expect(run.ms).toBeLessThan(BOUND_MS);
}

let standIn: Server;
let standInUrl = '';
let closedUrl = '';
const requests: string[] = [];

beforeAll(async () => {
  // Algolia's answer to a key it does not know, or to an application id that is not the key's.
  standIn = createServer((request, response) => {
    requests.push(`${request.method} ${request.url?.split('?')[0]}`);
    response.writeHead(403, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ message: 'Invalid Application-ID or API key', status: 403 }));
  });
  await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
  standInUrl = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
  // A port that was just free and is closed again: the connection is refused, as without network.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});

afterAll(() => new Promise<void>((resolve) => standIn.close(() => resolve())));

describe.concurrent('npm run search:index fails with one clear line', { timeout: BOUND_MS + 10_000 }, () => {
  it('without any Algolia settings', async () => {
    expectOneLine(
      await runIndex({}, CORPUS),
      1,
      'search:index: Missing ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME in the environment, expected Algolia\'s application id, a key that may write and the index name (or --dry-run)',
    );
  });

  it('with a setting missing or blank', async () => {
    expectOneLine(
      await runIndex({ ALGOLIA_APP_ID: 'TESTAPP', ALGOLIA_ADMIN_API_KEY: ' ' }, CORPUS),
      1,
      'search:index: Missing ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME in the environment, expected Algolia\'s application id, a key that may write and the index name (or --dry-run)',
    );
  });

  it('with hosts that are not URLs', async () => {
    expectOneLine(
      await runIndex({ ...CREDENTIALS, ALGOLIA_HOSTS: 'ftp://127.0.0.1' }, CORPUS),
      1,
      'search:index: Unexpected ALGOLIA_HOSTS `ftp://127.0.0.1`, expected http(s) URLs separated by commas, e.g. https://algolia.example.org',
    );
  });

  it('with a standards folder that does not exist', async () => {
    expectOneLine(await runIndex(CREDENTIALS, 'no-such-folder'), 2, 'search:index: No such folder: no-such-folder, expected a standards folder');
  });

  it('without network (the connection is refused)', async () => {
    const run = await runIndex({ ...CREDENTIALS, ALGOLIA_HOSTS: closedUrl }, CORPUS);
    expectOneLine(run, 1, `search:index: Cannot reach Algolia (${closedUrl}: connect ECONNREFUSED ${closedUrl.slice('http://'.length)}): no network, or a wrong ALGOLIA_APP_ID; nothing was replaced`);
  });

  it('with a wrong application id or key', async () => {
    requests.length = 0;
    const run = await runIndex({ ...CREDENTIALS, ALGOLIA_HOSTS: standInUrl }, CORPUS);
    expectOneLine(
      run,
      1,
      'search:index: Algolia refused the key for application TESTAPP (403 Invalid Application-ID or API key): check ALGOLIA_APP_ID and ALGOLIA_ADMIN_API_KEY, a key that may write settings and records',
    );
    // It stopped at the first refusal: the settings, nothing after them.
    expect(requests).toEqual(['PUT /1/indexes/standards/settings']);
  });

  it('--dry-run needs no settings and prints the records', async () => {
    const run = await runIndex({}, CORPUS, '--dry-run');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBeGreaterThan(0);
  });
});
