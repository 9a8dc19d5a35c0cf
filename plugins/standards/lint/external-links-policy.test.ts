// --external-links never requests a loopback, private or link-local address
// unless --allow-private-links is given. Every server here listens on a
// loopback address and must receive nothing; no test sends traffic anywhere else.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkExternalUrls, DEFAULT_EXTERNAL_LINK_SETTINGS, type ExternalLinkSettings } from './external-links.js';
import { corpusContext, formatFindings, withFrontMatter } from './markdown-test-kit.js';
import { createExternalLinksRule } from './rules/external-links.js';

const REFUSED =
  'not requested: its host is a loopback, private, link-local or otherwise non-public address; use --allow-private-links to check such links';

interface Loopback {
  server: Server;
  port: number;
  requests: string[];
}

/** A server on a loopback address that records what reaches it; `/to/<url>` redirects there. */
async function listen(host: string): Promise<Loopback> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const redirect = /^\/to\/(.+)$/.exec(request.url ?? '');
    if (redirect) return response.writeHead(302, { location: decodeURIComponent(redirect[1]!) }).end();
    response.end('secret content of an internal service');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, port: (server.address() as AddressInfo).port, requests };
}

let v4: Loopback;
let other: Loopback;
let v6: Loopback | null = null;

beforeAll(async () => {
  v4 = await listen('127.0.0.1');
  other = await listen('127.0.0.2');
  v6 = await listen('::1').catch(() => null); // a machine without IPv6 loopback skips those cases
});

afterAll(async () => {
  for (const { server } of [v4, other, ...(v6 ? [v6] : [])]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const settings = (overrides: Partial<ExternalLinkSettings> = {}): ExternalLinkSettings => ({
  ...DEFAULT_EXTERNAL_LINK_SETTINGS,
  timeoutMs: 2000,
  retryDelayMs: 10,
  hostDelayMs: 0,
  cacheFile: null,
  ...overrides,
});

describe('--external-links without --allow-private-links', () => {
  it('requests no loopback address, however the URL spells it', async () => {
    const port = v4.port;
    const urls = [
      `http://127.0.0.1:${port}/a`,
      `http://localhost:${port}/b`,
      `http://127.1:${port}/d`,
      `http://0x7f.0.0.1:${port}/e`,
      `http://2130706433:${port}/f`,
      `http://017700000001:${port}/g`,
      `http://[::ffff:127.0.0.1]:${port}/h`,
      `http://[::ffff:7f00:1]:${port}/i`,
      `https://127.0.0.1:${port}/j`,
      `http://user:pass@127.0.0.1:${port}/k`,
      `http://127.0.0.2:${other.port}/l`,
      ...(v6 ? [`http://[::1]:${v6.port}/m`, `http://[0:0:0:0:0:0:0:1]:${v6.port}/n`] : []),
    ];
    const outcomes = await checkExternalUrls(urls, settings());
    for (const url of urls) expect(outcomes.get(url), url).toEqual({ outcome: 'unchecked', reason: REFUSED });
    expect([...v4.requests, ...other.requests, ...(v6?.requests ?? [])]).toEqual([]);
  });

  it('refuses a host name when any of its addresses is not allowed, and follows no redirect there', async () => {
    // Stand-ins for DNS and for "public": 127.0.0.1 plays a public address, every other one stays refused.
    const narrowed = settings({
      mayConnect: (address) => address === '127.0.0.1',
      resolveHost: async (hostname) =>
        hostname === 'mixed.test'
          ? [
              { address: '127.0.0.1', family: 4 },
              { address: '127.0.0.2', family: 4 },
            ]
          : hostname === 'rebinding.test'
            ? [{ address: '127.0.0.2', family: 4 }]
            : [{ address: '127.0.0.1', family: 4 }],
    });
    const target = (url: string) => `http://127.0.0.1:${v4.port}/to/${encodeURIComponent(url)}`;
    const urls = [
      `http://mixed.test:${v4.port}/x`,
      `http://rebinding.test:${other.port}/y`,
      target(`http://127.0.0.2:${other.port}/z`),
      target(`http://rebinding.test:${other.port}/z`),
      target(`http://[::ffff:127.0.0.2]:${other.port}/z`),
    ];
    const outcomes = await checkExternalUrls(urls, narrowed);
    for (const url of urls) expect(outcomes.get(url), url).toEqual({ outcome: 'unchecked', reason: REFUSED });
    expect(other.requests).toEqual([]);
    // Only the allowed first hops reached their server; the names were never connected to.
    expect(v4.requests.every((request) => request.startsWith('HEAD /to/'))).toBe(true);
    v4.requests.length = 0;
  });

  it('reports a refused link without anything its host would have answered', async () => {
    const context = corpusContext({ 'scs-0101-v1-entropy.md': withFrontMatter(`[internal](http://127.0.0.1:${v4.port}/metadata)\n`) }, { externalLinks: true });
    const findings = formatFindings(await createExternalLinksRule(settings()).check(context));
    expect(findings).toEqual([
      `scs-0101-v1-entropy.md 7:1 Unexpected unchecked external link \`http://127.0.0.1:${v4.port}/metadata\` (${REFUSED}), expected an answer from its server; it could not be checked, which does not mean it is broken`,
    ]);
    expect(findings.join('')).not.toContain('secret');
    expect(v4.requests).toEqual([]);
  });
});

describe('--allow-private-links', () => {
  it('lets the link checker request loopback addresses, redirects included', async () => {
    const context = corpusContext(
      { 'scs-0101-v1-entropy.md': withFrontMatter(`[a](http://127.0.0.1:${v4.port}/ok) [b](http://localhost:${v4.port}/to/${encodeURIComponent(`http://127.0.0.2:${other.port}/next`)})\n`) },
      { externalLinks: true, allowPrivateLinks: true },
    );
    expect(await createExternalLinksRule(settings()).check(context)).toEqual([]);
    expect(v4.requests).toContain('HEAD /ok');
    expect(other.requests).toEqual(['HEAD /next']);
  });
});
