// The link checker of `npm run lint:links`: results, politeness, retries, the
// cache. Offline: every server listens on 127.0.0.1 and host names resolve
// through an injected resolver (names under `.test`), so nothing leaves the
// machine. `mayConnect` lets 127.0.0.1 play a public address, so the cache is
// written as for public hosts.
import type { LookupAddress } from 'node:dns';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, DEFAULT_EXTERNAL_LINK_SETTINGS, HostGate, isCacheEntry, parseRetryAfter, type ExternalLinkSettings, type StandInAnswer } from './external-links.js';

interface Seen {
  method: string;
  url: string;
  at: number;
  headers: IncomingMessage['headers'];
}

interface TestServer {
  server: Server;
  port: number;
  seen: Seen[];
  inFlight: number;
  maxInFlight: number;
}

let global = { inFlight: 0, max: 0 };
const servers: TestServer[] = [];

async function serve(handler: (request: IncomingMessage, response: ServerResponse, seen: Seen[]) => unknown): Promise<TestServer> {
  const state: TestServer = { server: undefined as unknown as Server, port: 0, seen: [], inFlight: 0, maxInFlight: 0 };
  state.server = createServer(async (request, response) => {
    state.seen.push({ method: request.method ?? '', url: request.url ?? '', at: Date.now(), headers: request.headers });
    state.inFlight++;
    global.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    global.max = Math.max(global.max, global.inFlight);
    response.on('close', () => {
      state.inFlight--;
      global.inFlight--;
    });
    await handler(request, response, state.seen);
  });
  await new Promise<void>((resolve) => state.server.listen(0, '127.0.0.1', resolve));
  state.port = (state.server.address() as AddressInfo).port;
  servers.push(state);
  return state;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let site: TestServer;
let cacheDir = '';
beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), 'link-check-'));
  let busy = 0;
  let flaky = 0;
  site = await serve((request, response, seen) => {
    const url = request.url ?? '';
    if (url === '/ok') return response.end('ok');
    if (url === '/moved') return response.writeHead(301, { location: '/ok' }).end();
    if (url === '/chain') return response.writeHead(302, { location: '/moved' }).end();
    if (url === '/moved-to-gone') return response.writeHead(308, { location: '/gone' }).end();
    if (url === '/gone') return response.writeHead(410).end();
    if (url === '/forbidden') return response.writeHead(403).end();
    if (url === '/server-error') return response.writeHead(500).end();
    if (url === '/no-head') return request.method === 'HEAD' ? response.writeHead(405).end() : response.end('ok');
    if (url === '/busy') {
      busy++;
      return busy === 1 ? response.writeHead(429, { 'retry-after': '1' }).end() : response.end('ok');
    }
    if (url === '/flaky') {
      flaky++;
      return flaky <= 2 ? response.writeHead(503).end() : response.end('ok');
    }
    if (url === '/hang') return; // never answers
    if (url === '/headers') return response.writeHead(302, { location: `http://other.test:${site.port}/ok` }).end();
    void seen;
    response.writeHead(404).end();
  });
});

afterAll(async () => {
  for (const { server } of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await rm(cacheDir, { recursive: true, force: true });
});

/** Every name under `.test` is 127.0.0.1 except `missing.test`, which does not exist. */
const resolver = async (hostname: string): Promise<LookupAddress[]> => {
  if (hostname === 'missing.test') throw Object.assign(new Error('getaddrinfo ENOTFOUND missing.test'), { code: 'ENOTFOUND' });
  return [{ address: '127.0.0.1', family: 4 }];
};

const settings = (overrides: Partial<ExternalLinkSettings> = {}): ExternalLinkSettings => ({
  ...DEFAULT_EXTERNAL_LINK_SETTINGS,
  timeoutMs: 300,
  retryDelayMs: 10,
  hostDelayMs: 0,
  cacheFile: null,
  mayConnect: (address) => address === '127.0.0.1',
  resolveHost: resolver,
  ...overrides,
});

const results = async (urls: string[], overrides: Partial<ExternalLinkSettings> = {}) => {
  const run = await checkLinks(urls, settings(overrides));
  return Object.fromEntries([...run.results].map(([url, { result }]) => [url.replace(`:${site.port}`, ':PORT'), result]));
};

describe('lint:links results', () => {
  it('tells alive, redirected (with the target), broken and unreachable apart', async () => {
    const base = `http://site.test:${site.port}`;
    expect(
      await results([
        `${base}/ok`,
        `${base}/moved`,
        `${base}/chain`,
        `${base}/moved-to-gone`,
        `${base}/missing`,
        `${base}/forbidden`,
        `${base}/server-error`,
        `${base}/no-head`,
        `http://missing.test:${site.port}/x`,
        `${base}/hang`,
        'http://127.0.0.1:1/refused',
      ]),
    ).toEqual({
      'http://site.test:PORT/ok': { kind: 'alive', status: 200 },
      'http://site.test:PORT/moved': { kind: 'redirected', status: 301, target: 'http://site.test:PORT/ok'.replace('PORT', String(site.port)) },
      'http://site.test:PORT/chain': { kind: 'redirected', status: 302, target: `http://site.test:${site.port}/ok` },
      'http://site.test:PORT/moved-to-gone': { kind: 'broken', status: 410, reason: 'HTTP 410', target: `http://site.test:${site.port}/gone` },
      'http://site.test:PORT/missing': { kind: 'broken', status: 404, reason: 'HTTP 404' },
      'http://site.test:PORT/forbidden': { kind: 'broken', status: 403, reason: 'HTTP 403' },
      'http://site.test:PORT/server-error': { kind: 'broken', status: 500, reason: 'HTTP 500' },
      'http://site.test:PORT/no-head': { kind: 'alive', status: 200 },
      'http://missing.test:PORT/x': { kind: 'broken', status: null, reason: 'host name not found (DNS)' },
      'http://site.test:PORT/hang': { kind: 'unreachable', reason: 'no answer within 300 ms' },
      'http://127.0.0.1:1/refused': { kind: 'unreachable', reason: 'ECONNREFUSED' },
    });
  });

  it('counts statuses of aliveStatusCodes as alive, and only those', async () => {
    const base = `http://site.test:${site.port}`;
    expect(await results([`${base}/forbidden`, `${base}/ok`], { aliveStatusCodes: [200, 403] })).toEqual({
      'http://site.test:PORT/forbidden': { kind: 'alive', status: 403 },
      'http://site.test:PORT/ok': { kind: 'alive', status: 200 },
    });
  });

  it('calls a missing host name unreachable, not broken, when no name resolved in the run (offline DNS says "not found" to all)', async () => {
    const offline = async (hostname: string): Promise<LookupAddress[]> => {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    };
    const run = await checkLinks(['http://a.test/x', 'http://b.test/y'], settings({ resolveHost: offline }));
    expect([...run.results.values()].map(({ result }) => result)).toEqual([
      { kind: 'unreachable', reason: 'no DNS answer from here: no host name could be resolved in this run' },
      { kind: 'unreachable', reason: 'no DNS answer from here: no host name could be resolved in this run' },
    ]);
    expect(run.noNetwork).toBe(true);
  });

  it('says there is no network when every request fails before an answer', async () => {
    const down = async (): Promise<LookupAddress[]> => {
      throw Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' });
    };
    const run = await checkLinks(['http://a.test/x', 'http://127.0.0.1:1/y'], settings({ resolveHost: down, retries: 0 }));
    expect(run.noNetwork).toBe(true);
    expect(run.results.get('http://a.test/x')?.result).toEqual({ kind: 'unreachable', reason: 'EAI_AGAIN' });
    // One answer anywhere is a network.
    const partly = await checkLinks(['http://a.test/x', `http://127.0.0.1:${site.port}/ok`], settings({ resolveHost: down, retries: 0 }));
    expect(partly.noNetwork).toBe(false);
  });

  it('sends configured headers only to the URLs they are for, not to where a redirect leads', async () => {
    site.seen.length = 0;
    await checkLinks([`http://site.test:${site.port}/headers`], settings({ headersFor: (url): Record<string, string> => (url.startsWith('http://site.test') ? { authorization: 'token secret' } : {}) }));
    expect(site.seen.map(({ url, headers }) => `${url} ${headers.authorization ?? '-'}`)).toEqual(['/headers token secret', '/ok -']);
  });
});

describe('retries', () => {
  it('honours Retry-After on a 429, holding the whole host back', async () => {
    site.seen.length = 0;
    const started = Date.now();
    expect(await results([`http://site.test:${site.port}/busy`])).toEqual({ 'http://site.test:PORT/busy': { kind: 'alive', status: 200 } });
    const busy = site.seen.filter(({ url }) => url === '/busy');
    expect(busy).toHaveLength(2);
    expect(busy[1]!.at - busy[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('retries a 503 with a growing pause, and stops after `retries`', async () => {
    site.seen.length = 0;
    expect(await results([`http://site.test:${site.port}/flaky`], { retryDelayMs: 40 })).toEqual({ 'http://site.test:PORT/flaky': { kind: 'alive', status: 200 } });
    const times = site.seen.filter(({ url }) => url === '/flaky').map(({ at }) => at);
    expect(times).toHaveLength(3);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(35);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(75);
    site.seen.length = 0;
    expect(await results([`http://site.test:${site.port}/server-error`], { retries: 1 })).toEqual({ 'http://site.test:PORT/server-error': { kind: 'broken', status: 500, reason: 'HTTP 500' } });
  });

  it('does not wait for a Retry-After longer than a minute', async () => {
    const slow = await serve((_request, response) => response.writeHead(429, { 'retry-after': '3600' }).end());
    const started = Date.now();
    const run = await checkLinks([`http://127.0.0.1:${slow.port}/x`], settings());
    expect(run.results.get(`http://127.0.0.1:${slow.port}/x`)?.result).toEqual({ kind: 'unchecked', reason: 'HTTP 429, asked to retry after more than 60 s' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});

describe('politeness', () => {
  it('has at most `concurrency` requests in flight, one per host, with a pause between two to the same host', async () => {
    const slowly = (_request: IncomingMessage, response: ServerResponse) => void pause(40).then(() => response.end('ok'));
    const hosts = await Promise.all([serve(slowly), serve(slowly), serve(slowly)]);
    global = { inFlight: 0, max: 0 };
    const urls = hosts.flatMap(({ port }) => Array.from({ length: 4 }, (_, index) => `http://127.0.0.1:${port}/page-${index}`));
    const run = await checkLinks(urls, settings({ concurrency: 2, hostDelayMs: 60 }));
    expect([...run.results.values()].every(({ result }) => result.kind === 'alive')).toBe(true);
    expect(global.max).toBe(2);
    for (const host of hosts) {
      expect(host.maxInFlight).toBe(1);
      expect(host.seen).toHaveLength(4);
      for (let index = 1; index < host.seen.length; index++) expect(host.seen[index]!.at - host.seen[index - 1]!.at).toBeGreaterThanOrEqual(95); // 40 ms answer + 60 ms pause
    }
  });

  it('HostGate lets other hosts go on while one waits', async () => {
    const gate = new HostGate(1, 0);
    const order: string[] = [];
    gate.holdOff('slow', 200);
    await Promise.all([gate.run('slow', async () => order.push('slow')), gate.run('fast', async () => order.push('fast'))]);
    expect(order).toEqual(['fast', 'slow']);
  });
});

describe('the cache', () => {
  const url = () => `http://site.test:${site.port}/ok`;

  it('answers from the cache until the entry is too old, and keeps only definite answers', async () => {
    const cacheFile = path.join(cacheDir, 'a', 'links.json');
    let now = 1_000_000;
    const cached = settings({ cacheFile, now: () => now, maxAgeMs: 1000 });
    const urls = [url(), `http://site.test:${site.port}/missing`, `http://site.test:${site.port}/server-error`, `http://site.test:${site.port}/hang`, `http://site.test:${site.port}/moved`];
    site.seen.length = 0;
    await checkLinks(urls, { ...cached, retries: 0 });
    const saved = JSON.parse(await readFile(cacheFile, 'utf8'));
    expect(Object.keys(saved.entries).sort()).toEqual([`http://site.test:${site.port}/missing`, `http://site.test:${site.port}/moved`, url()].sort());
    site.seen.length = 0;
    now += 500;
    const second = await checkLinks([url(), `http://site.test:${site.port}/moved`], cached);
    expect(site.seen).toEqual([]);
    expect([...second.results.values()].map(({ fromCache }) => fromCache)).toEqual([true, true]);
    expect(second.results.get(`http://site.test:${site.port}/moved`)?.result).toEqual({ kind: 'redirected', status: 301, target: url() });
    now += 1000;
    await checkLinks([url()], cached);
    expect(site.seen.map(({ url: path }) => path)).toEqual(['/ok']);
  });

  it('treats an entry of the wrong shape, from the future or from other settings as a miss', async () => {
    const cacheFile = path.join(cacheDir, 'b.json');
    const now = 5_000_000;
    const good = { checkedAt: now - 10, result: { kind: 'alive', status: 200 } };
    const bad = [
      { checkedAt: now - 10, result: { kind: 'alive' } },
      { checkedAt: now - 10, result: { kind: 'broken', status: 503, reason: 'HTTP 503' } },
      { checkedAt: now - 10, result: { kind: 'broken', status: 404, reason: 'anything else' } },
      { checkedAt: now - 10, result: { kind: 'redirected', status: 301, target: 'javascript:alert(1)' } },
      { checkedAt: now - 10, result: { kind: 'unreachable', reason: 'x' } },
      { checkedAt: now + 3_600_000, result: { kind: 'alive', status: 200 } },
      { checkedAt: 'yesterday', result: { kind: 'alive', status: 200 } },
      { checkedAt: now - 10, result: { kind: 'alive', status: 200 }, extra: true },
      null,
      [],
      'alive',
    ];
    for (const entry of bad) expect(isCacheEntry(entry, now), JSON.stringify(entry)).toBe(false);
    expect(isCacheEntry(good, now)).toBe(true);

    const key = 'settings-a';
    await writeFile(cacheFile, JSON.stringify({ version: 2, key, entries: { [url()]: { checkedAt: now - 10, result: { kind: 'alive' } } } }));
    site.seen.length = 0;
    await checkLinks([url()], settings({ cacheFile, cacheKey: key, now: () => now }));
    expect(site.seen).toHaveLength(1);
    // Written again, correctly; with other settings it is not believed.
    site.seen.length = 0;
    await checkLinks([url()], settings({ cacheFile, cacheKey: key, now: () => now }));
    expect(site.seen).toHaveLength(0);
    await checkLinks([url()], settings({ cacheFile, cacheKey: 'settings-b', now: () => now }));
    expect(site.seen).toHaveLength(1);
  });

  it('carries on with a warning when the cache is not JSON or cannot be written', async () => {
    const notJson = path.join(cacheDir, 'c.json');
    await writeFile(notJson, '{"version": 2, "entr');
    const first = await checkLinks([url()], settings({ cacheFile: notJson }));
    expect(first.warnings).toEqual([`The link cache ${notJson} is not JSON; checking every link and replacing it`]);
    expect(JSON.parse(await readFile(notJson, 'utf8')).version).toBe(2);

    const folderInTheWay = path.join(cacheDir, 'd.json');
    await mkdir(folderInTheWay);
    const second = await checkLinks([url()], settings({ cacheFile: folderInTheWay }));
    expect(second.results.get(url())?.result).toEqual({ kind: 'alive', status: 200 });
    expect(second.warnings).toEqual([
      `Could not read the link cache ${folderInTheWay} (EISDIR); checking every link`,
      `Could not write the link cache ${folderInTheWay} (EISDIR); carrying on without it`,
    ]);
  });

  it('is not written when private addresses were allowed', async () => {
    const cacheFile = path.join(cacheDir, 'e.json');
    await checkLinks([`http://127.0.0.1:${site.port}/ok`], settings({ cacheFile, allowPrivate: true, mayConnect: () => false }));
    await expect(readFile(cacheFile, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('a stand-in network (the rule examples)', () => {
  it('answers each request in place of the network, and the check runs as for real answers', async () => {
    const asked: string[] = [];
    const answers: Record<string, StandInAnswer> = {
      'https://moved.test/old': { status: 301, location: '/new' },
      'https://moved.test/new': { status: 200 },
      'https://head-refused.test/': { status: 405 },
      'https://gone.test/page': { status: 410 },
      'https://silent.test/': 'no answer',
      'https://nowhere.test/': 'no such host',
    };
    const run = await checkLinks(Object.keys(answers).filter((url) => url !== 'https://moved.test/new'), {
      ...DEFAULT_EXTERNAL_LINK_SETTINGS,
      cacheFile: null,
      hostDelayMs: 0,
      retryDelayMs: 0,
      standIn: (target, method) => {
        asked.push(`${method} ${target.href}`);
        return target.href === 'https://head-refused.test/' && method === 'GET' ? { status: 200 } : answers[target.href]!;
      },
    });
    expect(Object.fromEntries([...run.results].map(([url, { result }]) => [url, result]))).toEqual({
      'https://moved.test/old': { kind: 'redirected', status: 301, target: 'https://moved.test/new' },
      'https://head-refused.test/': { kind: 'alive', status: 200 },
      'https://gone.test/page': { kind: 'broken', status: 410, reason: 'HTTP 410' },
      'https://silent.test/': { kind: 'unreachable', reason: 'no answer within 10 s' },
      // Other names resolved in this run, so a missing one is evidence of a broken link.
      'https://nowhere.test/': { kind: 'broken', status: null, reason: 'host name not found (DNS)' },
    });
    // HEAD first, GET after a refused HEAD; a silent server is asked again twice (the retries).
    expect(asked.filter((line) => line.includes('head-refused'))).toEqual(['HEAD https://head-refused.test/', 'GET https://head-refused.test/']);
    expect(asked.filter((line) => line.includes('silent'))).toEqual(['HEAD https://silent.test/', 'HEAD https://silent.test/', 'HEAD https://silent.test/']);
    expect(run.noNetwork).toBe(false);
  });
});
