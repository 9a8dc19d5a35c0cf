// createAlgoliaIndex against a local stand-in for Algolia's REST API on
// 127.0.0.1: it keeps indexes in memory so the test can check what a reader
// would see, and logs every request so it can check the order of operations.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndexSettings, buildSearchRecords } from '../export/search-records.js';
import { loadCorpus } from '../parse/load-corpus.js';
import { algoliaTargetFromEnv, createAlgoliaIndex } from './algolia.js';

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
  ])('%j', (env, expected) => {
    expect(algoliaTargetFromEnv(env)).toEqual(expected);
  });
});
