// createAlgoliaIndex against a local stand-in for Algolia's REST API on
// 127.0.0.1: it keeps indexes in memory so the test can check what a reader
// would see, and logs every request so it can check the order of operations.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndexSettings, buildSearchRecords } from '../export/search-records.js';
import { loadCorpus } from '../parse/load-corpus.js';
import { AlgoliaProblem, algoliaTargetFromEnv, createAlgoliaIndex } from './algolia.js';

interface FakeIndex {
  settings: Record<string, unknown>;
  objects: Map<string, Record<string, unknown>>;
}

const indexes = new Map<string, FakeIndex>();
const log: string[] = [];
const apiKeys = new Set<string>();
let taskID = 0;
let server: Server;
let port = 0;

const indexNamed = (name: string) => {
  if (!indexes.has(name)) indexes.set(name, { settings: {}, objects: new Map() });
  return indexes.get(name)!;
};

function handle(method: string, path: string, body: Record<string, any>): unknown {
  const match = /^\/1\/indexes\/([^/]+)(?:\/(.*))?$/.exec(path);
  if (!match) return null;
  const name = decodeURIComponent(match[1]!);
  const rest = match[2] ?? '';
  if (method === 'GET' && rest.startsWith('task/')) return { status: 'published' };
  log.push(`${method} ${name}${rest ? ' ' + rest : ''}${body.operation ? ` ${body.operation} -> ${body.destination}` : ''}`);
  if (method === 'PUT' && rest === 'settings') Object.assign(indexNamed(name).settings, body);
  else if (method === 'POST' && rest === 'batch') {
    for (const request of body.requests) indexNamed(name).objects.set(request.body.objectID, request.body);
  } else if (method === 'POST' && rest === 'operation') {
    const source = indexNamed(name);
    if (body.operation === 'copy') indexNamed(body.destination).settings = structuredClone(source.settings);
    else {
      indexes.set(body.destination, source);
      indexes.delete(name);
    }
  } else if (method === 'DELETE' && rest === '') indexes.delete(name);
  else return null;
  return { taskID: ++taskID, updatedAt: '2025-06-01T00:00:00Z', objectIDs: [] };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      apiKeys.add(String(request.headers['x-algolia-api-key']));
      const result = handle(request.method!, request.url!.split('?')[0]!, text ? JSON.parse(text) : {});
      response.writeHead(result ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(result ?? { message: `Unexpected ${request.method} ${request.url}`, status: 404 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('createAlgoliaIndex', () => {
  it('replaces the live index in one move: settings, copy to a temporary index, batch, move', async () => {
    // What an earlier run left: a record of a document that has since been removed.
    indexNamed('standards').objects.set('scs-0999-v1-gone', { objectID: 'scs-0999-v1-gone' });
    const { registry } = await loadCorpus('tests/fixtures/export-corpus');
    const records = buildSearchRecords(registry, '2025-06-01', 'https://standards.example.org');
    const hosts = [{ url: '127.0.0.1', port, protocol: 'http' as const, accept: 'readWrite' as const }];

    const result = await createAlgoliaIndex({ appId: 'TESTAPP', apiKey: 'admin-key', indexName: 'standards', hosts }, records);

    expect(result).toEqual({ records: records.length, batches: 1 });
    const temporary = /standards_tmp_\d+/.exec(log.join('\n'))?.[0];
    expect(log).toEqual([
      'PUT standards settings',
      `POST standards operation copy -> ${temporary}`,
      `POST ${temporary} batch`,
      `POST standards operation copy -> ${temporary}`,
      `POST ${temporary} operation move -> standards`,
    ]);
    expect([...indexes.keys()]).toEqual(['standards']);
    const live = indexes.get('standards')!;
    expect([...live.objects.keys()]).toEqual(records.map((record) => record.objectID));
    expect(live.objects.get('scs-0110-v2-disk-names#encryption-marker')).toMatchObject({ track: 'IaaS', documentType: 'Standard', status: 'Stable', state: 'Deprecation scheduled' });
    expect(live.settings).toEqual(buildSearchIndexSettings());
    expect([...apiKeys]).toEqual(['admin-key']);
  });
});

describe('algoliaTargetFromEnv', () => {
  it.each([
    [{}, null],
    [{ ALGOLIA_APP_ID: 'A', ALGOLIA_ADMIN_API_KEY: 'K', ALGOLIA_INDEX_NAME: 'I' }, { appId: 'A', apiKey: 'K', indexName: 'I' }],
    [{ ALGOLIA_APP_ID: 'A' }, { missing: ['ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_INDEX_NAME'] }],
    [{ ALGOLIA_APP_ID: ' ', ALGOLIA_ADMIN_API_KEY: 'K', ALGOLIA_INDEX_NAME: 'I' }, { missing: ['ALGOLIA_APP_ID'] }],
    [
      { ALGOLIA_APP_ID: 'A', ALGOLIA_ADMIN_API_KEY: 'K', ALGOLIA_INDEX_NAME: 'I', ALGOLIA_HOSTS: 'https://proxy.example.org, http://127.0.0.1:8080/' },
      {
        appId: 'A',
        apiKey: 'K',
        indexName: 'I',
        hosts: [
          { url: 'proxy.example.org', protocol: 'https', accept: 'readWrite' },
          { url: '127.0.0.1', protocol: 'http', port: 8080, accept: 'readWrite' },
        ],
      },
    ],
    [{ ALGOLIA_APP_ID: 'A', ALGOLIA_ADMIN_API_KEY: 'K', ALGOLIA_INDEX_NAME: 'I', ALGOLIA_HOSTS: 'proxy.example.org/x' }, { invalid: 'Unexpected ALGOLIA_HOSTS `proxy.example.org/x`, expected http(s) URLs separated by commas, e.g. https://algolia.example.org' }],
  ])('%j', (env, expected) => {
    expect(algoliaTargetFromEnv(env)).toEqual(expected);
  });
});

describe('createAlgoliaIndex failures: one line a user can act on, in bounded time', () => {
  const records = [{ objectID: 'a' }] as unknown as Parameters<typeof createAlgoliaIndex>[1];
  const target = { appId: 'TESTAPP', apiKey: 'secret-admin-key', indexName: 'standards' };
  /** Plays a transport that fails as Node's does, without sending anything. */
  const failing = (content: string, isTimedOut = false) => ({ send: async () => ({ status: 0, content, isTimedOut }) });
  const problemOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => null, (caught: Error) => caught);
    expect(error).toBeInstanceOf(AlgoliaProblem);
    expect(error!.message).not.toMatch(/\n|secret-admin-key/);
    return error!.message;
  };

  it('no network, or a wrong application id: Algolia\'s hosts cannot be found', async () => {
    const message = await problemOf(createAlgoliaIndex(target, records, { requester: failing('getaddrinfo ENOTFOUND testapp-dsn.algolia.net') }));
    expect(message).toBe(
      "Cannot find Algolia's hosts for application TESTAPP (getaddrinfo ENOTFOUND testapp-dsn.algolia.net): no network, or a wrong ALGOLIA_APP_ID; nothing was replaced",
    );
  });

  it('every host timing out', async () => {
    const message = await problemOf(createAlgoliaIndex(target, records, { requester: failing('Request timed out', true) }));
    expect(message).toBe("Algolia did not answer in time (Algolia's hosts for application TESTAPP): check the network or try again later; nothing was replaced");
  });

  it('a server that accepts and never answers: the request timeouts end it', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentPort = (silent.address() as AddressInfo).port;
    const hosts = [{ url: '127.0.0.1', port: silentPort, protocol: 'http' as const, accept: 'readWrite' as const }];
    const started = Date.now();
    try {
      const message = await problemOf(createAlgoliaIndex({ ...target, hosts }, records, { timeouts: { connect: 200, read: 300, write: 300 } }));
      expect(message).toBe(`Algolia did not answer in time (http://127.0.0.1:${silentPort}): check the network or try again later; nothing was replaced`);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('the whole push past its deadline', async () => {
    const never = { send: () => new Promise<never>(() => {}) };
    const started = Date.now();
    const message = await problemOf(createAlgoliaIndex(target, records, { requester: never, deadlineMs: 300 }));
    expect(message).toBe("No answer from Algolia within 0.3 s (Algolia's hosts for application TESTAPP); nothing was replaced");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it.each([
    [{ status: 403, content: '{"message":"Invalid Application-ID or API key","status":403}' }, 'Algolia refused the key for application TESTAPP (403 Invalid Application-ID or API key): check ALGOLIA_APP_ID and ALGOLIA_ADMIN_API_KEY, a key that may write settings and records'],
    [{ status: 400, content: '{"message":"Record at the position 0 objectID=a is too big size=20000/10000 bytes.\\nSee the docs","status":400}' }, 'Algolia answered 400 Record at the position 0 objectID=a is too big size=20000/10000 bytes. See the docs for index standards; nothing was replaced'],
    [{ status: 200, content: '<html>Sign in to the hotel Wi-Fi</html>' }, "Unexpected answer from Algolia's hosts for application TESTAPP, expected Algolia's JSON; nothing was replaced"],
  ])('an answer that is not a success: %j', async (response, expected) => {
    const requester = { send: async () => ({ ...response, isTimedOut: false }) };
    expect(await problemOf(createAlgoliaIndex(target, records, { requester }))).toBe(expected);
  });
});
