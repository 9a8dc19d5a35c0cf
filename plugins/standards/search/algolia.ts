// Sends search records to Algolia: settings first, then every record into a
// temporary index that replaces the live one in a single move, so readers never
// see a half-filled index. Every way this can fail that a user can meet (no
// network, a wrong application id or key, a host that never answers) ends in
// an AlgoliaProblem with one line that says what to check.
import { algoliasearch } from 'algoliasearch';
import { buildSearchIndexSettings, type SearchRecord } from '../export/search-records.js';

export interface AlgoliaTarget {
  appId: string;
  /** A key allowed to write (the admin key or one with addObject/deleteIndex/settings rights). */
  apiKey: string;
  indexName: string;
  /** Override of Algolia's hosts; tests point this at a local server. */
  hosts?: Array<{ url: string; protocol: 'http' | 'https'; port?: number; accept: 'read' | 'write' | 'readWrite' }>;
}

type ClientOptions = NonNullable<Parameters<typeof algoliasearch>[2]>;

export interface AlgoliaRunOptions {
  /** Per request, in ms; Algolia's client multiplies them on retries. */
  timeouts?: { connect: number; read: number; write: number };
  /** The whole push, in ms: past it, the push stops with an AlgoliaProblem. */
  deadlineMs?: number;
  /** Replaces the HTTP layer; tests use it to play network failures without sending anything. */
  requester?: ClientOptions['requester'];
}

/** Requests that take longer are cut; a push of 10,000 records in batches of 1,000 stays well inside them. */
export const ALGOLIA_TIMEOUTS = { connect: 5_000, read: 15_000, write: 60_000 };
/** The whole push; without an answer by then, the command gives up with one line. */
export const ALGOLIA_DEADLINE_MS = 10 * 60_000;

/** A failure a user can act on; its message is one line, without credentials. */
export class AlgoliaProblem extends Error {
  override name = 'AlgoliaProblem';
}

export interface AlgoliaPushResult {
  records: number;
  batches: number;
}

export async function createAlgoliaIndex(target: AlgoliaTarget, records: SearchRecord[], options: AlgoliaRunOptions = {}): Promise<AlgoliaPushResult> {
  const deadlineMs = options.deadlineMs ?? ALGOLIA_DEADLINE_MS;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AlgoliaProblem(`No answer from Algolia within ${(deadlineMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} s (${hostsOf(target)}); nothing was replaced`)), deadlineMs);
  });
  try {
    return await Promise.race([push(target, records, options), deadline]);
  } catch (error) {
    throw error instanceof AlgoliaProblem ? error : new AlgoliaProblem(describeAlgoliaFailure(error, target), { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

async function push(target: AlgoliaTarget, records: SearchRecord[], options: AlgoliaRunOptions): Promise<AlgoliaPushResult> {
  const client = algoliasearch(target.appId, target.apiKey, {
    timeouts: options.timeouts ?? ALGOLIA_TIMEOUTS,
    ...(target.hosts ? { hosts: target.hosts } : {}),
    ...(options.requester ? { requester: options.requester } : {}),
  });
  const settings = await client.setSettings({ indexName: target.indexName, indexSettings: buildSearchIndexSettings() });
  await client.waitForTask({ indexName: target.indexName, taskID: settings.taskID });
  // replaceAllObjects copies the settings to the temporary index, fills it and moves it over the live one.
  const response = await client.replaceAllObjects({ indexName: target.indexName, objects: records as unknown as Array<Record<string, unknown>>, batchSize: 1000 });
  return { records: records.length, batches: response.batchResponses.length };
}

const hostsOf = (target: AlgoliaTarget) =>
  target.hosts ? target.hosts.map((host) => `${host.protocol}://${host.url}${host.port ? `:${host.port}` : ''}`).join(', ') : `Algolia's hosts for application ${target.appId}`;

interface FailedRequest {
  response?: { status?: number; content?: string; isTimedOut?: boolean };
}

/**
 * One line for what went wrong, from the errors Algolia's client throws (told
 * apart by name and status: the client's classes live in a package we do not
 * depend on directly). Never names the key.
 */
export function describeAlgoliaFailure(error: unknown, target: AlgoliaTarget): string {
  const { name, message, status, stackTrace } = (error ?? {}) as { name?: string; message?: string; status?: number; stackTrace?: FailedRequest[] };
  const where = hostsOf(target);
  if (name === 'RetryError') {
    const last = stackTrace?.[stackTrace.length - 1]?.response;
    if (last?.isTimedOut) return `Algolia did not answer in time (${where}): check the network or try again later; nothing was replaced`;
    const cause = oneLine(last?.content ?? '') || 'no connection';
    if (/ENOTFOUND|EAI_AGAIN/.test(cause)) {
      return `Cannot find Algolia's hosts for application ${target.appId} (${cause}): no network, or a wrong ALGOLIA_APP_ID; nothing was replaced`;
    }
    return `Cannot reach Algolia (${where}: ${cause}): no network, or a wrong ALGOLIA_APP_ID; nothing was replaced`;
  }
  if (status === 401 || status === 403) {
    return `Algolia refused the key for application ${target.appId} (${status} ${oneLine(message ?? '')}): check ALGOLIA_APP_ID and ALGOLIA_ADMIN_API_KEY, a key that may write settings and records`;
  }
  if (typeof status === 'number') return `Algolia answered ${status} ${oneLine(message ?? '')} for index ${target.indexName}; nothing was replaced`;
  if (name === 'DeserializationError') return `Unexpected answer from ${where}, expected Algolia's JSON; nothing was replaced`;
  return `Could not update Algolia index ${target.indexName}: ${oneLine(message ?? String(error))}`;
}

/** The first line of a message, shortened: the output is one line whatever a server sends. */
function oneLine(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** Reads the target from the environment; null when search indexing is not configured. */
export function algoliaTargetFromEnv(env: NodeJS.ProcessEnv): AlgoliaTarget | null | { missing: string[] } | { invalid: string } {
  const names = ['ALGOLIA_APP_ID', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;
  const missing = names.filter((name) => !env[name]?.trim());
  if (missing.length === names.length) return null;
  if (missing.length > 0) return { missing };
  const target: AlgoliaTarget = { appId: env.ALGOLIA_APP_ID!.trim(), apiKey: env.ALGOLIA_ADMIN_API_KEY!.trim(), indexName: env.ALGOLIA_INDEX_NAME!.trim() };
  if (!env.ALGOLIA_HOSTS?.trim()) return target;
  const hosts = parseHosts(env.ALGOLIA_HOSTS);
  return hosts ? { ...target, hosts } : { invalid: `Unexpected ALGOLIA_HOSTS \`${oneLine(env.ALGOLIA_HOSTS)}\`, expected http(s) URLs separated by commas, e.g. https://algolia.example.org` };
}

/** `ALGOLIA_HOSTS=https://a.example.org,http://127.0.0.1:8080`: a proxy in front of Algolia, or a stand-in for tests. */
function parseHosts(text: string): AlgoliaTarget['hosts'] | null {
  const hosts: NonNullable<AlgoliaTarget['hosts']> = [];
  for (const part of text.split(',').map((item) => item.trim()).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(part);
    } catch {
      return null;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname.replace(/\/$/, '') !== '' || url.search || url.username) return null;
    hosts.push({ url: url.hostname, protocol: url.protocol === 'http:' ? 'http' : 'https', ...(url.port ? { port: Number(url.port) } : {}), accept: 'readWrite' });
  }
  return hosts.length > 0 ? hosts : null;
}
