// Checking external URLs over the network, for the `external-links` rule: each
// distinct URL once, a few at a time, with a timeout, retries on 429 and a
// cache file. Only a definite 404 or 410 is "broken"; anything else that is
// not an answer (no network, no DNS, a timeout, a 5xx) is "unchecked".
//
// Links come from untrusted documents, so requests go only to public
// addresses (network-address.ts): the host name is resolved by the
// connection's own lookup and refused if any address is loopback, private or
// link-local, for the first URL and every redirect; nothing but the status is
// read, and a refused link is reported without anything about its host.
import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import path from 'node:path';
import { isPublicAddress } from './network-address.js';
import { buildLinkIndex, resolveLink } from './link-resolution.js';
import type { OutlineLink } from '../markdown/outline.js';
import type { FileSummary, LintOptions } from './rule.js';

export interface ExternalLinkSettings {
  /** Requests in flight at once. */
  concurrency: number;
  timeoutMs: number;
  /** Retries after a 429 (Too Many Requests). */
  retries: number;
  /** Wait before a retry when the server sends no `Retry-After`. */
  retryDelayMs: number;
  /** JSON file of earlier definite answers; null for none. */
  cacheFile: string | null;
  /** How long a cached answer is trusted. */
  maxAgeMs: number;
  now: () => number;
  /** Request links whose host is loopback, private or link-local too (`--allow-private-links`); their answers are not cached. */
  allowPrivate: boolean;
  /** Which addresses are allowed when allowPrivate is off; default: public ones (network-address.ts). Tests narrow it. */
  mayConnect?: (address: string) => boolean;
  /** Host name -> every address it resolves to; default: the system resolver. Tests stand in for DNS. */
  resolveHost?: (hostname: string) => Promise<LookupAddress[]>;
}

export const DEFAULT_EXTERNAL_LINK_SETTINGS: ExternalLinkSettings = {
  concurrency: 4,
  timeoutMs: 5_000,
  retries: 2,
  retryDelayMs: 2_000,
  cacheFile: path.resolve('node_modules/.cache/scs-standards-lint/external-links.json'),
  maxAgeMs: 24 * 60 * 60 * 1000,
  now: Date.now,
  allowPrivate: false,
};

export type LinkOutcome =
  | { outcome: 'alive' }
  | { outcome: 'broken'; status: number }
  | { outcome: 'unchecked'; reason: string };

/** Every external link of the corpus, with the file it is in. */
export function externalLinks(files: readonly FileSummary[], options: LintOptions): Array<{ path: string; link: OutlineLink }> {
  const index = buildLinkIndex(files, options);
  return files.flatMap((file) =>
    (file.outline?.links ?? [])
      .filter((link) => link.kind !== 'reference' && resolveLink(link.url, file.path, index).kind === 'external')
      .map((link) => ({ path: file.path, link })),
  );
}

/** How many distinct external URLs a run without `--external-links` leaves unchecked. */
export function countExternalLinks(files: readonly FileSummary[], options: LintOptions): number {
  return new Set(externalLinks(files, options).map(({ link }) => link.url.trim())).size;
}

interface CacheEntry {
  checkedAt: number;
  outcome: 'alive' | 'broken';
  status?: number;
}

/** Checks each URL once; returns an outcome per URL. */
export async function checkExternalUrls(urls: readonly string[], settings: ExternalLinkSettings): Promise<Map<string, LinkOutcome>> {
  const cache = settings.cacheFile ? await readCache(settings.cacheFile) : new Map<string, CacheEntry>();
  const outcomes = new Map<string, LinkOutcome>();
  const pending: string[] = [];
  for (const url of new Set(urls)) {
    const entry = cache.get(url);
    if (entry && settings.now() - entry.checkedAt < settings.maxAgeMs) {
      outcomes.set(url, entry.outcome === 'alive' ? { outcome: 'alive' } : { outcome: 'broken', status: entry.status ?? 404 });
    } else {
      pending.push(url);
    }
  }
  const work = async () => {
    for (let url = pending.shift(); url !== undefined; url = pending.shift()) {
      const outcome = await checkOne(url, settings);
      outcomes.set(url, outcome);
      // Only definite answers are remembered: an offline run must not poison the next one.
      if (outcome.outcome === 'alive') cache.set(url, { checkedAt: settings.now(), outcome: 'alive' });
      else if (outcome.outcome === 'broken') cache.set(url, { checkedAt: settings.now(), outcome: 'broken', status: outcome.status });
      else cache.delete(url);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, settings.concurrency) }, work));
  // Answers about private hosts are not kept: a later run without the flag must not learn them from the cache.
  if (settings.cacheFile && !settings.allowPrivate) await writeCache(settings.cacheFile, cache, settings).catch(() => undefined);
  return outcomes;
}

/** Redirects followed before giving up; each hop is checked like the first URL. */
const MAX_REDIRECTS = 5;
/** The longest `Retry-After` honoured; a server asking for more gets the link "unchecked". */
const MAX_RETRY_AFTER_MS = 60_000;

/** Thrown by the lookup (or for an IP literal) when an address may not be connected to. */
class RefusedAddress extends Error {
  readonly code = 'EREFUSEDADDRESS';
}

const REFUSED_REASON =
  'not requested: its host is a loopback, private, link-local or otherwise non-public address; use --allow-private-links to check such links';

async function checkOne(url: string, settings: ExternalLinkSettings): Promise<LinkOutcome> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { outcome: 'unchecked', reason: 'not a valid URL' };
  }
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return { outcome: 'unchecked', reason: `a redirect to a \`${target.protocol}\` URL` };
    let answer = await requestWithRetries(target, 'HEAD', settings);
    // Some servers refuse or mishandle HEAD: a GET (its body never read) gets the real answer.
    if ('status' in answer && answer.status >= 400 && answer.status !== 404 && answer.status !== 410 && answer.status !== 429) {
      answer = await requestWithRetries(target, 'GET', settings);
    }
    if ('reason' in answer) return { outcome: 'unchecked', reason: answer.reason };
    const { status, location } = answer;
    if (status >= 300 && status < 400 && location !== undefined) {
      try {
        target = new URL(location, target);
      } catch {
        return { outcome: 'unchecked', reason: `HTTP ${status} to an invalid URL` };
      }
      continue;
    }
    if (status >= 200 && status < 300) return { outcome: 'alive' };
    if (status === 404 || status === 410) return { outcome: 'broken', status };
    return { outcome: 'unchecked', reason: `HTTP ${status}` };
  }
  return { outcome: 'unchecked', reason: `more than ${MAX_REDIRECTS} redirects` };
}

type Answer = { status: number; location?: string } | { reason: string };

async function requestWithRetries(target: URL, method: 'HEAD' | 'GET', settings: ExternalLinkSettings): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    const answer = await requestOnce(target, method, settings);
    if (!('status' in answer) || answer.status !== 429 || attempt >= settings.retries) return answer;
    const delay = answer.retryAfterMs ?? settings.retryDelayMs;
    if (delay > MAX_RETRY_AFTER_MS) return { reason: `HTTP 429, retry after more than ${formatSeconds(MAX_RETRY_AFTER_MS)}` };
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/**
 * One request, only to an allowed address: an IP literal is checked here, a
 * host name by the lookup the connection itself uses (every address it
 * resolves to), so no later lookup can lead the connection elsewhere. Only
 * the status line and `Location` are read; the body never is.
 */
function requestOnce(target: URL, method: 'HEAD' | 'GET', settings: ExternalLinkSettings): Promise<{ status: number; location?: string; retryAfterMs?: number } | { reason: string }> {
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !mayConnect(host, settings)) return Promise.resolve({ reason: REFUSED_REASON });
  const started = Date.now();
  return new Promise((resolve) => {
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      target,
      {
        method,
        headers: { 'user-agent': 'scs-standards-lint (link check)', accept: '*/*' },
        lookup: guardedLookup(settings),
        signal: AbortSignal.timeout(settings.timeoutMs),
        // No connection pool shared with anything else: each request makes its own, through the guarded lookup.
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = typeof response.headers.location === 'string' ? response.headers.location : undefined;
        const retryAfter = Number(response.headers['retry-after']);
        response.destroy();
        resolve({ status, ...(location === undefined ? {} : { location }), ...(Number.isFinite(retryAfter) && retryAfter >= 0 ? { retryAfterMs: retryAfter * 1000 } : {}) });
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof RefusedAddress || error.code === 'EREFUSEDADDRESS') return resolve({ reason: REFUSED_REASON });
      const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError' || Date.now() - started >= settings.timeoutMs;
      resolve({ reason: timedOut ? `no answer within ${formatSeconds(settings.timeoutMs)}` : (error.code ?? error.message) });
    });
    request.end();
  });
}

function mayConnect(address: string, settings: ExternalLinkSettings): boolean {
  return settings.allowPrivate || (settings.mayConnect ?? isPublicAddress)(address);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that resolves the name and refuses it if any address it resolves to is not allowed. */
function guardedLookup(settings: ExternalLinkSettings) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    (settings.resolveHost ?? resolveAll)(hostname).then(
      (addresses) => {
        if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        if (addresses.some(({ address }) => !mayConnect(address, settings))) return callback(new RefusedAddress(REFUSED_REASON), '', 0);
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter(({ family }) => family === options.family) : addresses;
        if (options.all) return callback(null, wanted);
        const first = wanted[0];
        if (!first) return callback(Object.assign(new Error(`no IPv${options.family} address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return lookup(hostname, { all: true, verbatim: true });
}

const formatSeconds = (ms: number) => (ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

/** The cache's entries that have the right shape; anything else is no entry (checked again). */
async function readCache(file: string): Promise<Map<string, CacheEntry>> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { version?: unknown; entries?: unknown };
    if (data.version !== 1 || typeof data.entries !== 'object' || data.entries === null || Array.isArray(data.entries)) return new Map();
    return new Map(Object.entries(data.entries as Record<string, unknown>).filter((entry): entry is [string, CacheEntry] => isLinkCacheEntry(entry[1])));
  } catch {
    return new Map(); // no cache yet, or an unreadable one: check again
  }
}

function isLinkCacheEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { checkedAt, outcome, status } = value as Record<string, unknown>;
  if (typeof checkedAt !== 'number' || !Number.isFinite(checkedAt)) return false;
  return outcome === 'alive' ? status === undefined : outcome === 'broken' && (status === 404 || status === 410);
}

async function writeCache(file: string, entries: Map<string, CacheEntry>, settings: ExternalLinkSettings): Promise<void> {
  const now = settings.now();
  const kept = Object.fromEntries([...entries].filter(([, entry]) => now - entry.checkedAt < settings.maxAgeMs));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ version: 1, entries: kept }, null, 1)}\n`);
}
