// Offline: every URL points at a local server on 127.0.0.1, never the internet.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkExternalUrls, countExternalLinks, DEFAULT_EXTERNAL_LINK_SETTINGS, type ExternalLinkSettings } from '../external-links.js';
import { corpusContext, formatFindings, withFrontMatter } from '../markdown-test-kit.js';
import { createExternalLinksRule } from './external-links.js';

let server: Server;
let base = '';
let cacheDir = '';
const requests: string[] = [];
let busyAnswers = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    if (request.url === '/ok') return response.end('ok');
    if (request.url === '/gone') return response.writeHead(410).end();
    if (request.url === '/error') return response.writeHead(503).end();
    if (request.url === '/busy') {
      // 429 once, then fine: the checker must retry.
      busyAnswers++;
      return busyAnswers === 1 ? response.writeHead(429, { 'retry-after': '0' }).end() : response.end('ok');
    }
    if (request.url === '/hang') return; // never answers
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cacheDir = await mkdtemp(path.join(tmpdir(), 'external-links-'));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(cacheDir, { recursive: true, force: true });
});

// The test server is on 127.0.0.1, which only --allow-private-links may reach; `mayConnect` plays that flag
// here, so answers are still cached as for public hosts.
const settings = (overrides: Partial<ExternalLinkSettings> = {}): ExternalLinkSettings => ({
  ...DEFAULT_EXTERNAL_LINK_SETTINGS,
  timeoutMs: 300,
  retryDelayMs: 10,
  hostDelayMs: 0,
  cacheFile: null,
  mayConnect: (address) => address === '127.0.0.1',
  ...overrides,
});

const corpus = (body: string, externalLinks = true) =>
  corpusContext({ 'scs-0101-v1-entropy.md': withFrontMatter(body) }, { externalLinks });

describe('external-links', () => {
  it('reports nothing without --external-links, and counts what it skipped', async () => {
    const context = corpus(`[a](${base}/missing) [b](${base}/missing) [c](https://example.com) [d](mailto:x@example.com) [e](#local) [f](https://docs.scs.community/standards/x)\n`, false);
    expect(await createExternalLinksRule(settings()).check(context)).toEqual([]);
    expect(countExternalLinks(context.files, context.options)).toBe(2);
  });

  it('tells broken links from links it could not check', async () => {
    // One link per paragraph, so columns do not depend on the port's length.
    const body = ['ok', 'missing', 'gone', 'error', 'hang', 'busy'].map((name) => `[${name}](${base}/${name})`).concat('[refused](http://127.0.0.1:1/x)').join('\n\n');
    const findings = formatFindings(await createExternalLinksRule(settings()).check(corpus(`${body}\n`)));
    expect(findings.map((finding) => finding.replace(base, 'BASE'))).toEqual([
      'scs-0101-v1-entropy.md 9:1 Unexpected broken external link `BASE/missing` (HTTP 404), expected a page that exists',
      'scs-0101-v1-entropy.md 11:1 Unexpected broken external link `BASE/gone` (HTTP 410), expected a page that exists',
      'scs-0101-v1-entropy.md 13:1 Unexpected unchecked external link `BASE/error` (HTTP 503), expected an answer from its server; it could not be checked, which does not mean it is broken',
      'scs-0101-v1-entropy.md 15:1 Unexpected unchecked external link `BASE/hang` (no answer within 300 ms), expected an answer from its server; it could not be checked, which does not mean it is broken',
      'scs-0101-v1-entropy.md 19:1 Unexpected unchecked external link `http://127.0.0.1:1/x` (ECONNREFUSED), expected an answer from its server; it could not be checked, which does not mean it is broken',
    ]);
  });

  it('checks each URL once, keeps definite answers in the cache and trusts them until they are too old', async () => {
    const cacheFile = path.join(cacheDir, 'nested', 'external-links.json');
    let now = 1_000_000;
    const cached = settings({ cacheFile, now: () => now, maxAgeMs: 1000 });
    requests.length = 0;
    const urls = [`${base}/ok`, `${base}/ok`, `${base}/missing`, 'http://127.0.0.1:1/x'];
    expect(Object.fromEntries(await checkExternalUrls(urls, cached))).toEqual({
      [`${base}/ok`]: { outcome: 'alive' },
      [`${base}/missing`]: { outcome: 'broken', status: 404 },
      'http://127.0.0.1:1/x': { outcome: 'unchecked', reason: 'ECONNREFUSED' },
    });
    expect(requests.filter((request) => request.endsWith('/ok'))).toEqual(['HEAD /ok']);
    const saved = JSON.parse(await readFile(cacheFile, 'utf8'));
    expect(Object.keys(saved.entries).sort()).toEqual([`${base}/missing`, `${base}/ok`]);

    requests.length = 0;
    now += 500;
    await checkExternalUrls(urls, cached);
    expect(requests).toEqual([]);

    now += 1000;
    await checkExternalUrls(urls, cached);
    expect(requests.filter((request) => request.endsWith('/ok'))).toEqual(['HEAD /ok']);
  });
});
