import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScopeFile } from '../parse/scope.js';
import { loadComplianceResults } from '../parse/load-compliance.js';
import { fetchMonitorResults, monitorStatusUrl, parseMonitorBody } from './monitor.js';

// A monitor on 127.0.0.1 only: answers per path, one of them never.
let server: Server;
let base = '';
const seen: string[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request.url ?? '');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/slow/status') return; // never answers
    if (url.pathname === '/broken/status') {
      response.writeHead(500).end('oops');
      return;
    }
    if (url.pathname === '/odd/status') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"nothing": true}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ results: [{ testcase: 'a', result: url.searchParams.get('subject') === 'one' ? 1 : 'FAIL', checked_at: '2026-11-26T05:00:00Z' }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchMonitorResults', () => {
  it('asks GET <base>/status?subject=…&scopeuuid=… and reads the results', async () => {
    expect(monitorStatusUrl('https://m.example/api', 'one two', 'u-1')).toBe('https://m.example/api/status?subject=one+two&scopeuuid=u-1');
    expect(await fetchMonitorResults({ url: base, timeoutMs: 2000 }, 'one', 'u-1')).toEqual({ ok: true, results: [{ testcase: 'a', result: 'PASS', checkedAt: '2026-11-26T05:00:00Z' }] });
    expect(seen.at(-1)).toBe('/status?subject=one&scopeuuid=u-1');
  });

  it.each([
    ['/slow', /^no answer from http:\/\/127\.0\.0\.1:\d+\/slow\/status\?subject=one&scopeuuid=u within 200 ms$/],
    ['/broken', /^HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/broken\/status/],
    ['/odd', /^unexpected answer from .*, expected a JSON list of results$/],
  ])('gives a reason instead of results for %s', async (prefix, reason) => {
    const answer = await fetchMonitorResults({ url: base + prefix, timeoutMs: 200 }, 'one', 'u');
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.reason).toMatch(reason);
  });

  it('reports an unreachable monitor', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const answer = await fetchMonitorResults({ url: `http://127.0.0.1:${port}`, timeoutMs: 1000 }, 'one', 'u');
    expect(answer).toEqual({ ok: false, reason: expect.stringMatching(/unreachable/) });
  });

  it('refuses results without a test case, a known result or a date', () => {
    expect(parseMonitorBody([{ testcase: 'a', result: 'MAYBE', checked_at: '2026-11-26' }]).ok).toBe(false);
    expect(parseMonitorBody([{ testcase: 'a', result: -1, checked_at: '2026-11-26' }])).toEqual({ ok: true, results: [{ testcase: 'a', result: 'FAIL', checkedAt: '2026-11-26' }] });
  });
});

describe('loadComplianceResults', () => {
  const scope = parseScopeFile('s.yaml', 'uuid: u-1\nname: S\nmodules: []\nversions: []\ntimeline: []\n').scope!;
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'scs-compliance-'));
    await writeFile(path.join(folder, 'one.yaml'), 'name: One\nresults:\n  - scope: u-1\n    testcases:\n      - { id: a, result: ABORT, checked_at: 2026-11-20 }\n');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('reads the files when no monitor is configured', async () => {
    const source = await loadComplianceResults(folder, [scope], null);
    expect(source.origin).toBe('files');
    expect(source.files[0]!.subject!.scopes[0]!.results).toEqual([{ testcase: 'a', result: 'ABORT', checkedAt: '2026-11-20' }]);
  });

  it("replaces the files' results with the monitor's when it answers", async () => {
    const source = await loadComplianceResults(folder, [scope], { url: base, timeoutMs: 2000 });
    expect(source).toMatchObject({ origin: 'monitor', fallbackReason: null });
    expect(source.files[0]!.subject!.scopes).toEqual([{ scope: 'u-1', results: [{ testcase: 'a', result: 'PASS', checkedAt: '2026-11-26T05:00:00Z' }] }]);
  });

  it('falls back to the files, saying why, when the monitor times out', async () => {
    const source = await loadComplianceResults(folder, [scope], { url: `${base}/slow`, timeoutMs: 200 });
    expect(source.origin).toBe('files');
    expect(source.fallbackReason).toMatch(/within 200 ms/);
    expect(source.files[0]!.subject!.scopes[0]!.results[0]!.result).toBe('ABORT');
  });
});
