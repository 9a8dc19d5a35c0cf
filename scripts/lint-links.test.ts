// `npm run lint:links` as a contributor and the nightly job run it: a folder
// made here, its mlc_config.json, exit codes and output. Every link points at
// a server on 127.0.0.1, reachable only with --allow-private-links; the
// command runs in a child process (asynchronously, so the server can answer).
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');
/** Each run starts tsx: a few seconds alone, much longer on a busy machine running the whole suite. */
const SLOW = 180_000;
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

let work = '';
let server: Server;
let port = 0;
const requests: string[] = [];

function doc(title: string, body: string): string {
  return `---\ntitle: ${title}\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\n${body}\n`;
}

function linkLint(cwd: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [path.join(ROOT, 'scripts', 'lint-links.ts'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    if (request.url === '/ok') return response.end('ok');
    if (request.url === '/old') return response.writeHead(301, { location: '/ok' }).end();
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  work = await mkdtemp(path.join(tmpdir(), 'scs-links-'));
  await mkdir(path.join(work, 'Standards'));
  const base = `http://127.0.0.1:${port}`;
  await writeFile(path.join(work, 'Standards', 'scs-0101-v1-entropy.md'), doc('Entropy', `See [ok](${base}/ok), [old](${base}/old) and [gone](${base}/gone).\n\nAnd [skip](${base}/skip-me) and [rewritten](http://rewrite.invalid/ok).\n\n<!-- markdown-link-check-disable-next-line -->\n[off](${base}/off)`));
  await writeFile(path.join(work, 'Standards', 'scs-0102-v1-other.md'), doc('Other', `Again [ok](${base}/ok).`));
  await writeFile(
    path.join(work, 'mlc_config.json'),
    JSON.stringify({ ignorePatterns: [{ pattern: 'skip-me' }], replacementPatterns: [{ pattern: '^http://rewrite\\.invalid', replacement: base }], retryCount: 0 }),
  );
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(work, { recursive: true, force: true });
});

describe('npm run lint:links', () => {
  it('reports broken and redirected links, reads mlc_config.json, writes a summary and exits 1', async () => {
    requests.length = 0;
    const summary = path.join(work, 'summary.md');
    const { code, stdout, stderr } = await linkLint(work, '--allow-private-links', '--no-cache', '--host-delay', '0ms', '--summary', summary);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const line = (await readFile(path.join(work, 'Standards', 'scs-0101-v1-entropy.md'), 'utf8')).split('\n')[9]!;
    const at = (text: string) => line.indexOf(text) + 1;
    expect(stdout.replaceAll(String(port), 'PORT')).toBe(
      [
        `Standards/scs-0101-v1-entropy.md:10:${at('[old]')} redirected http://127.0.0.1:PORT/old -> http://127.0.0.1:PORT/ok (HTTP 301)`,
        `Standards/scs-0101-v1-entropy.md:10:${at('[gone]')} broken http://127.0.0.1:PORT/gone HTTP 404`,
        '7 links (6 addresses) in 2 files: 1 broken, 0 unreachable, 1 redirected, 0 unchecked, 3 alive, 2 ignored',
        '',
      ].join('\n'),
    );
    // Each address once (the rewritten one becomes /ok, already asked), the ignored and switched-off ones never; /old leads to /ok again.
    expect(requests.sort()).toEqual(['HEAD /gone', 'HEAD /ok', 'HEAD /ok', 'HEAD /old']);
    const markdown = await readFile(summary, 'utf8');
    expect(markdown).toContain('### External links: 7 links');
    expect(markdown).toContain(`| \`Standards/scs-0101-v1-entropy.md\` | 10:${at('[gone]')} | broken | \`http://127.0.0.1:${port}/gone\` | HTTP 404 |`);
  }, SLOW);

  it('requests nothing on 127.0.0.1 without --allow-private-links, and says why', async () => {
    requests.length = 0;
    const { code, stdout } = await linkLint(work, '--no-cache', '--format', 'json');
    expect(code).toBe(0);
    expect(requests).toEqual([]);
    const { summary, links } = JSON.parse(stdout);
    expect(summary).toEqual({ documents: 2, broken: 0, unreachable: 0, redirected: 0, unchecked: 5, alive: 0, ignored: 2 });
    expect(links.find((link: { url: string }) => link.url.endsWith('/off'))).toMatchObject({ kind: 'ignored', detail: 'switched off by a markdown-link-check comment' });
    expect(links[0].detail).toMatch(/^not requested: its host is a loopback, private, link-local or otherwise non-public address/);
  }, SLOW);

  it('with no network, prints one line and exits 3', async () => {
    const folder = path.join(work, 'offline');
    await mkdir(folder);
    await writeFile(path.join(folder, 'scs-0103-v1-far.md'), doc('Far', 'See [far](http://127.0.0.1:1/away).'));
    const { code, stdout, stderr } = await linkLint(work, 'offline', '--allow-private-links', '--no-cache', '--retries', '0');
    expect({ code, stdout, stderr }).toEqual({
      code: 3,
      stdout: '',
      stderr: 'lint:links: no network from here: could not reach the one address (ECONNREFUSED); nothing was checked\n',
    });
  }, SLOW);

  it('refuses a bad configuration or command line with one line and exit 2', async () => {
    const folder = path.join(work, 'bad-config');
    await mkdir(folder);
    await writeFile(path.join(folder, 'mlc_config.json'), '{"timeout": "soon"}');
    const bad = await linkLint(folder, path.join(work, 'Standards'));
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('mlc_config.json: Unexpected `soon` in `timeout`, expected a duration such as "10s", "500ms" or "1m", or milliseconds');
    const usage = await linkLint(work, '--changed');
    expect(usage.code).toBe(2);
    expect(usage.stderr.split('\n')[0]).toBe('Unexpected --changed without --base REF, expected the ref to compare with');
    const missing = await linkLint(work, 'no-such-folder');
    expect(missing.stderr.split('\n')[0]).toBe('No such file or folder: no-such-folder');
  }, SLOW);

  it('with --changed --base, checks only the documents changed on the branch', async () => {
    const repo = path.join(work, 'repo');
    await mkdir(path.join(repo, 'Standards'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '--quiet', '--initial-branch=main');
    git('config', 'user.name', 'Test Author');
    git('config', 'user.email', 'author@example.org');
    git('config', 'commit.gpgsign', 'false');
    const base = `http://127.0.0.1:${port}`;
    await writeFile(path.join(repo, 'Standards', 'scs-0101-v1-entropy.md'), doc('Entropy', `[a](${base}/unchanged-but-broken)`));
    await writeFile(path.join(repo, 'Standards', 'scs-0102-v1-other.md'), doc('Other', `[b](${base}/ok)`));
    git('add', '.');
    git('commit', '--quiet', '-m', 'base');
    git('switch', '--quiet', '-c', 'edit');
    await writeFile(path.join(repo, 'Standards', 'scs-0102-v1-other.md'), doc('Other', `[b](${base}/ok) and [c](${base}/new-and-broken)`));
    git('commit', '--quiet', '-am', 'edit');
    requests.length = 0;
    const { code, stdout } = await linkLint(repo, '--changed', '--base', 'main', '--allow-private-links', '--no-cache', '--host-delay', '0ms');
    expect(code).toBe(1);
    expect(stdout.replaceAll(String(port), 'PORT')).toBe(
      [`Standards/scs-0102-v1-other.md:10:${`[b](${base}/ok) and `.length + 1} broken http://127.0.0.1:PORT/new-and-broken HTTP 404`, '2 links (2 addresses) in 1 file: 1 broken, 0 unreachable, 0 redirected, 0 unchecked, 1 alive, 0 ignored', ''].join('\n'),
    );
    expect(requests).not.toContain('HEAD /unchanged-but-broken');
    const unknown = await linkLint(repo, '--changed', '--base', 'no-such-branch');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toMatch(/^Unknown git ref `no-such-branch`/);
  }, SLOW);
});
