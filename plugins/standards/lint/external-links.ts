// Checking external URLs over the network, for `npm run lint:links` and the
// `external-links` rule of `lint:standards --external-links`: each distinct URL
// once, a few at a time overall and one at a time per host with a pause
// between two requests to the same host, a timeout, retries with backoff
// (a 429's `Retry-After` honoured), and a cache file of definite answers.
//
// Links come from untrusted documents, so requests go only to public
// addresses (network-address.ts): the host name is resolved by the
// connection's own lookup and refused if any address is loopback, private or
// link-local, for the first URL and every redirect; nothing but the status is
// read, and a refused link is reported without anything about its host.
// (That is why this is not markdown-link-check: see docs/linting.md, "Why not
// markdown-link-check itself".)
import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import path from 'node:path';
import { isPublicAddress } from './network-address.js';
import { buildLinkIndex, resolveLink } from './link-resolution.js';
import type { OutlineLink } from '../markdown/outline.js';
import type { FileSummary, LintOptions } from './rule.js';

export interface ExternalLinkSettings {
  /** Requests in flight at once, over all hosts. */
  concurrency: number;
  /** Pause between the end of one request to a host (host:port) and the start of the next; one request per host at a time. */
  hostDelayMs: number;
  timeoutMs: number;
  /** Retries after a 429, a 502, 503 or 504, a timeout or a dropped connection. */
  retries: number;
  /** First wait before a retry when the server sends no `Retry-After`; doubled for each further retry. */
  retryDelayMs: number;
  /** Retry after a 429 (Too Many Requests); markdown-link-check's `retryOn429`. */
  retryOn429: boolean;
  /** Statuses that count as alive; null: any 2xx. */
  aliveStatusCodes: readonly number[] | null;
  /** Extra request headers for a URL (each hop of a redirect is asked again, so headers never follow to another site). */
  headersFor: (url: string) => Record<string, string>;
  /** JSON file of earlier definite answers; null for none. */
  cacheFile: string | null;
  /** How long a cached answer is trusted. */
  maxAgeMs: number;
  /** Whatever else changes answers (alive codes, headers): a cache written with another key is not used. */
  cacheKey: string;
  now: () => number;
  /** Request links whose host is loopback, private or link-local too (`--allow-private-links`); the cache is then not written. */
  allowPrivate: boolean;
  /** Which addresses are allowed when allowPrivate is off; default: public ones (network-address.ts). Tests narrow it. */
  mayConnect?: (address: string) => boolean;
  /** Host name -> every address it resolves to; default: the system resolver. Tests stand in for DNS. */
  resolveHost?: (hostname: string) => Promise<LookupAddress[]>;
  /** Called after each URL is settled (cache hits first). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Answers each request in place of the network (the rule examples, which never leave the machine): the
   * rest of the check (HEAD then GET, redirects, retries, what counts as broken) runs as for real answers.
   */
  standIn?: (target: URL, method: 'HEAD' | 'GET') => StandInAnswer;
}

/** What a stand-in network says to one request: an HTTP answer, no answer within the timeout, or no such host. */
export type StandInAnswer = { status: number; location?: string } | 'no answer' | 'no such host';

export const DEFAULT_EXTERNAL_LINK_SETTINGS: ExternalLinkSettings = {
  concurrency: 4,
  hostDelayMs: 500,
  timeoutMs: 10_000,
  retries: 2,
  retryDelayMs: 2_000,
  retryOn429: true,
  aliveStatusCodes: null,
  headersFor: () => ({}),
  cacheFile: path.resolve('node_modules/.cache/scs-standards-lint/external-links.json'),
  maxAgeMs: 24 * 60 * 60 * 1000,
  cacheKey: '',
  now: Date.now,
  allowPrivate: false,
};

/**
 * What became of one URL.
 * - alive: answered with an alive status (after redirects, if any, see `redirected`);
 * - redirected: answered alive at another address (`target`, the last hop; `status` of the first redirect);
 * - broken: a 4xx or 5xx answer, a host name that does not exist (DNS), or a certificate a browser refuses;
 * - unreachable: no answer from here (no network, a timeout, a refused or dropped connection); says nothing about the link;
 * - unchecked: not asked (a non-public address, not an http(s) URL, too many redirects, rate limited for too long).
 */
export type LinkResult =
  | { kind: 'alive'; status: number }
  | { kind: 'redirected'; status: number; target: string }
  | { kind: 'broken'; status: number | null; reason: string; target?: string }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'unchecked'; reason: string };

export interface CheckedUrl {
  result: LinkResult;
  fromCache: boolean;
}

export interface LinkCheckRun {
  results: Map<string, CheckedUrl>;
  /** No URL could be asked at all: every request failed before an answer, and no host name resolved. */
  noNetwork: boolean;
  /** Problems with the cache file (never fatal). */
  warnings: string[];
}

/** The outcome the `external-links` lint rule reports: only a 404 or 410 is broken there, anything else unanswered is "unchecked". */
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

/** For the lint rule: the same check, in its stricter vocabulary. */
export async function checkExternalUrls(urls: readonly string[], settings: ExternalLinkSettings): Promise<Map<string, LinkOutcome>> {
  const run = await checkLinks(urls, settings);
  return new Map(
    [...run.results].map(([url, { result }]): [string, LinkOutcome] => {
      switch (result.kind) {
        case 'alive':
        case 'redirected':
          return [url, { outcome: 'alive' }];
        case 'broken':
          if (result.status === 404 || result.status === 410) return [url, { outcome: 'broken', status: result.status }];
          return [url, { outcome: 'unchecked', reason: result.reason }];
        default:
          return [url, { outcome: 'unchecked', reason: result.reason }];
      }
    }),
  );
}

/** Checks each distinct URL once. */
export async function checkLinks(urls: readonly string[], settings: ExternalLinkSettings): Promise<LinkCheckRun> {
  const warnings: string[] = [];
  const cache = settings.cacheFile ? await readCache(settings.cacheFile, settings, warnings) : new Map<string, CacheEntry>();
  const results = new Map<string, CheckedUrl>();
  const distinct = [...new Set(urls)];
  const pending: string[] = [];
  let done = 0;
  const progress = () => settings.onProgress?.(done, distinct.length);
  for (const url of distinct) {
    const entry = cache.get(url);
    if (entry && settings.now() - entry.checkedAt < settings.maxAgeMs) {
      results.set(url, { result: entry.result, fromCache: true });
      done++;
    } else {
      pending.push(url);
    }
  }
  if (done > 0) progress();
  const network: NetworkEvidence = { resolved: false, answered: false };
  const gate = new HostGate(settings.concurrency, settings.hostDelayMs);
  await Promise.all(
    pending.map(async (url) => {
      const result = await checkOne(url, settings, gate, network);
      results.set(url, { result, fromCache: false });
      done++;
      progress();
    }),
  );
  // Offline, the system resolver says "not found" for every name: without one name resolved in this run, a
  // missing name is no evidence that the link is broken.
  let asked = 0;
  for (const [url, checked] of results) {
    if (checked.fromCache) continue;
    const { result } = checked;
    if (result.kind === 'broken' && result.status === null && result.reason === HOST_NOT_FOUND && !network.resolved) {
      results.set(url, { result: { kind: 'unreachable', reason: NO_DNS }, fromCache: false });
    }
    if (result.kind !== 'unchecked') asked++;
  }
  const noNetwork = asked > 0 && !network.answered && [...results.values()].every(({ result, fromCache }) => fromCache || result.kind === 'unreachable' || result.kind === 'unchecked');
  if (settings.cacheFile) {
    const now = settings.now();
    for (const [url, { result, fromCache }] of results) {
      if (fromCache) continue;
      if (isDefinite(result)) cache.set(url, { checkedAt: now, result });
      else cache.delete(url); // an offline run must not poison the next one
    }
    // Answers about private hosts are not kept: a later run without the flag must not learn them from the cache.
    if (!settings.allowPrivate) {
      const failed = await writeCache(settings.cacheFile, cache, settings).catch((error: NodeJS.ErrnoException) => error.code ?? error.message);
      if (failed) warnings.push(`Could not write the link cache ${settings.cacheFile} (${failed}); carrying on without it`);
    }
  }
  return { results, noNetwork, warnings };
}

const HOST_NOT_FOUND = 'host name not found (DNS)';
const NO_DNS = 'no DNS answer from here: no host name could be resolved in this run';

interface NetworkEvidence {
  /** Some host name resolved to an address. */
  resolved: boolean;
  /** Some server sent an HTTP answer. */
  answered: boolean;
}

/** Redirects followed before giving up; each hop is checked like the first URL. */
const MAX_REDIRECTS = 8;
/** The longest `Retry-After` honoured; a server asking for more gets the link "unchecked". */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Thrown by the lookup (or for an IP literal) when an address may not be connected to. */
class RefusedAddress extends Error {
  readonly code = 'EREFUSEDADDRESS';
}

export const REFUSED_REASON =
  'not requested: its host is a loopback, private, link-local or otherwise non-public address; use --allow-private-links to check such links';

/** Errors that mean "no answer from here", not "this link is broken". */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'EPROTO', 'HPE_INVALID_CONSTANT']);
/** Worth another try after a pause. */
const TRANSIENT_CODES = new Set(['ECONNRESET', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'TIMEOUT']);
const TRANSIENT_STATUSES = new Set([502, 503, 504]);

async function checkOne(url: string, settings: ExternalLinkSettings, gate: HostGate, network: NetworkEvidence): Promise<LinkResult> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { kind: 'unchecked', reason: 'not a valid URL' };
  }
  let firstRedirect: number | null = null;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return { kind: 'unchecked', reason: `a redirect to a \`${target.protocol}\` URL` };
    let answer = await requestWithRetries(target, 'HEAD', settings, gate, network);
    // Some servers refuse or mishandle HEAD: a GET (its body never read) gets the real answer.
    if ('status' in answer && answer.status >= 400 && answer.status !== 404 && answer.status !== 410 && answer.status !== 429) {
      answer = await requestWithRetries(target, 'GET', settings, gate, network);
    }
    if ('result' in answer) return answer.result;
    const { status, location } = answer;
    const redirected = firstRedirect === null ? {} : { target: target.href };
    if (status >= 300 && status < 400 && location !== undefined && !settings.aliveStatusCodes?.includes(status)) {
      try {
        target = new URL(location, target);
      } catch {
        return { kind: 'broken', status, reason: `HTTP ${status} to an invalid URL`, ...redirected };
      }
      firstRedirect ??= status;
      continue;
    }
    if (isAlive(status, settings)) return firstRedirect === null ? { kind: 'alive', status } : { kind: 'redirected', status: firstRedirect, target: target.href };
    if (status === 429) return { kind: 'unchecked', reason: `HTTP 429 (too many requests) after ${settings.retryOn429 ? settings.retries : 0} retries` };
    return { kind: 'broken', status, reason: `HTTP ${status}`, ...redirected };
  }
  return { kind: 'unchecked', reason: `more than ${MAX_REDIRECTS} redirects` };
}

function isAlive(status: number, settings: ExternalLinkSettings): boolean {
  return settings.aliveStatusCodes ? settings.aliveStatusCodes.includes(status) : status >= 200 && status < 300;
}

/** Answers worth keeping: they do not depend on the network of the moment. */
function isDefinite(result: LinkResult): boolean {
  if (result.kind === 'alive' || result.kind === 'redirected') return true;
  return result.kind === 'broken' && result.status !== null && result.status >= 400 && result.status < 500;
}

type Answer = { status: number; location?: string } | { result: LinkResult };

async function requestWithRetries(target: URL, method: 'HEAD' | 'GET', settings: ExternalLinkSettings, gate: HostGate, network: NetworkEvidence): Promise<Answer> {
  const host = target.host;
  for (let attempt = 0; ; attempt++) {
    const answer = await gate.run(host, () => requestOnce(target, method, settings, network));
    const backoff = settings.retryDelayMs * 2 ** attempt;
    if ('status' in answer) {
      const { status } = answer;
      const retry = status === 429 ? settings.retryOn429 : TRANSIENT_STATUSES.has(status);
      if (!retry || attempt >= settings.retries) return answer;
      const delay = answer.retryAfterMs ?? backoff;
      if (delay > MAX_RETRY_AFTER_MS) return { result: { kind: 'unchecked', reason: `HTTP ${status}, asked to retry after more than ${formatDuration(MAX_RETRY_AFTER_MS)}` } };
      // The whole host waits, not only this URL: that is what the server asked for.
      gate.holdOff(host, delay);
      continue;
    }
    if (answer.code === undefined || !TRANSIENT_CODES.has(answer.code) || attempt >= settings.retries) return { result: answer.result };
    gate.holdOff(host, backoff);
  }
}

type Sent = { status: number; location?: string; retryAfterMs?: number } | { result: LinkResult; code?: string };

/**
 * One request, only to an allowed address: an IP literal is checked here, a
 * host name by the lookup the connection itself uses (every address it
 * resolves to), so no later lookup can lead the connection elsewhere. Only
 * the status line and the `Location` and `Retry-After` headers are read; the
 * body never is.
 */
function requestOnce(target: URL, method: 'HEAD' | 'GET', settings: ExternalLinkSettings, network: NetworkEvidence): Promise<Sent> {
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !mayConnect(host, settings)) return Promise.resolve({ result: { kind: 'unchecked', reason: REFUSED_REASON } });
  if (settings.standIn) return Promise.resolve(standInSent(settings.standIn(target, method), settings, network));
  const started = Date.now();
  return new Promise((resolve) => {
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      target,
      {
        method,
        headers: { ...settings.headersFor(target.href), 'user-agent': 'scs-standards-lint (link check)', accept: '*/*' },
        lookup: guardedLookup(settings, network),
        signal: AbortSignal.timeout(settings.timeoutMs),
        // No connection pool shared with anything else: each request makes its own, through the guarded lookup.
        agent: false,
      },
      (response) => {
        network.answered = true;
        const status = response.statusCode ?? 0;
        const location = typeof response.headers.location === 'string' ? response.headers.location : undefined;
        const retryAfterMs = parseRetryAfter(response.headers['retry-after'], Date.now());
        response.destroy();
        resolve({ status, ...(location === undefined ? {} : { location }), ...(retryAfterMs === null ? {} : { retryAfterMs }) });
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof RefusedAddress || error.code === 'EREFUSEDADDRESS') return resolve({ result: { kind: 'unchecked', reason: REFUSED_REASON } });
      const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError' || Date.now() - started >= settings.timeoutMs;
      if (timedOut) return resolve({ result: { kind: 'unreachable', reason: `no answer within ${formatDuration(settings.timeoutMs)}` }, code: 'TIMEOUT' });
      resolve({ result: errorResult(error), ...(error.code === undefined ? {} : { code: error.code }) });
    });
    request.end();
  });
}

/** A stand-in answer as requestOnce would have made it of the real one. */
function standInSent(answer: StandInAnswer, settings: ExternalLinkSettings, network: NetworkEvidence): Sent {
  if (answer === 'no such host') return { result: errorResult(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' })), code: 'ENOTFOUND' };
  network.resolved = true;
  if (answer === 'no answer') return { result: { kind: 'unreachable', reason: `no answer within ${formatDuration(settings.timeoutMs)}` }, code: 'TIMEOUT' };
  network.answered = true;
  return { status: answer.status, ...(answer.location === undefined ? {} : { location: answer.location }) };
}

function errorResult(error: NodeJS.ErrnoException): LinkResult {
  const code = error.code ?? error.message;
  if (code === 'ENOTFOUND') return { kind: 'broken', status: null, reason: HOST_NOT_FOUND };
  if (/CERT|SELF_SIGNED|ERR_TLS/.test(code)) return { kind: 'broken', status: null, reason: `TLS certificate refused (${code})` };
  if (UNREACHABLE_CODES.has(code)) return { kind: 'unreachable', reason: code };
  return { kind: 'unreachable', reason: code };
}

/** `Retry-After` as seconds or as an HTTP date, in milliseconds from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function mayConnect(address: string, settings: ExternalLinkSettings): boolean {
  return settings.allowPrivate || (settings.mayConnect ?? isPublicAddress)(address);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that resolves the name and refuses it if any address it resolves to is not allowed. */
function guardedLookup(settings: ExternalLinkSettings, network: NetworkEvidence) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    (settings.resolveHost ?? resolveAll)(hostname).then(
      (addresses) => {
        if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        network.resolved = true;
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

export function formatDuration(ms: number): string {
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}

/**
 * Bounded concurrency with per-host politeness: at most `concurrency`
 * requests in flight, at most one per host (`host:port`), and a pause of
 * `delayMs` after each before the next to that host starts. A host can be
 * held off longer (a 429's Retry-After, a backoff).
 */
export class HostGate {
  private free: number;
  private readonly waiting: Array<() => void> = [];
  private readonly hosts = new Map<string, { tail: Promise<void>; notBefore: number }>();

  constructor(
    concurrency: number,
    private readonly delayMs: number,
  ) {
    this.free = Math.max(1, concurrency);
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.hostState(host);
    const previous = state.tail;
    let finished!: () => void;
    state.tail = new Promise((resolve) => (finished = resolve));
    await previous;
    try {
      // Waits (the delay, a Retry-After) hold the host's turn but no slot, so other hosts go on meanwhile.
      for (let wait = state.notBefore - Date.now(); wait > 0; wait = state.notBefore - Date.now()) await sleep(wait);
      await this.acquire();
      try {
        return await task();
      } finally {
        this.release();
        state.notBefore = Math.max(state.notBefore, Date.now() + this.delayMs);
      }
    } finally {
      finished();
    }
  }

  holdOff(host: string, ms: number): void {
    const state = this.hostState(host);
    state.notBefore = Math.max(state.notBefore, Date.now() + ms);
  }

  private hostState(host: string) {
    let state = this.hosts.get(host);
    if (!state) this.hosts.set(host, (state = { tail: Promise.resolve(), notBefore: 0 }));
    return state;
  }

  private async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The cache: definite answers only (alive, redirected, a 4xx), by URL.

interface CacheEntry {
  checkedAt: number;
  result: LinkResult;
}

const CACHE_VERSION = 2;
/** Entries dated later than this past the clock are not believed. */
const CLOCK_SKEW_MS = 60_000;

/** The cache's entries that have the right shape; anything else is no entry (checked again). */
async function readCache(file: string, settings: ExternalLinkSettings, warnings: string[]): Promise<Map<string, CacheEntry>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warnings.push(`Could not read the link cache ${file} (${(error as NodeJS.ErrnoException).code}); checking every link`);
    return new Map();
  }
  let data: { version?: unknown; key?: unknown; entries?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    warnings.push(`The link cache ${file} is not JSON; checking every link and replacing it`);
    return new Map();
  }
  if (typeof data !== 'object' || data === null || data.version !== CACHE_VERSION || data.key !== settings.cacheKey) return new Map();
  if (typeof data.entries !== 'object' || data.entries === null || Array.isArray(data.entries)) return new Map();
  const now = settings.now();
  return new Map(
    Object.entries(data.entries as Record<string, unknown>).filter((entry): entry is [string, CacheEntry] => isCacheEntry(entry[1], now)),
  );
}

export function isCacheEntry(value: unknown, now: number): value is CacheEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { checkedAt, result, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return false;
  if (typeof checkedAt !== 'number' || !Number.isFinite(checkedAt) || checkedAt > now + CLOCK_SKEW_MS) return false;
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return false;
  const { kind, status, target, reason, ...others } = result as Record<string, unknown>;
  if (Object.keys(others).length > 0) return false;
  const isStatus = (low: number, high: number) => typeof status === 'number' && Number.isInteger(status) && status >= low && status < high;
  const isUrl = typeof target === 'string' && target.length < 4096 && /^https?:\/\//.test(target) && URL.canParse(target);
  switch (kind) {
    case 'alive':
      return isStatus(100, 600) && target === undefined && reason === undefined;
    case 'redirected':
      return isStatus(300, 400) && isUrl && reason === undefined;
    case 'broken':
      return isStatus(400, 500) && status !== 429 && typeof reason === 'string' && reason === `HTTP ${status}` && (target === undefined || isUrl);
    default:
      return false;
  }
}

async function writeCache(file: string, entries: Map<string, CacheEntry>, settings: ExternalLinkSettings): Promise<void> {
  const now = settings.now();
  const kept = Object.fromEntries([...entries].filter(([, entry]) => now - entry.checkedAt < settings.maxAgeMs));
  await mkdir(path.dirname(file), { recursive: true });
  // Written aside and renamed, so an interrupted run leaves the old cache or the new one, never half of one.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ version: CACHE_VERSION, key: settings.cacheKey, entries: kept }, null, 1)}\n`);
  await rename(temporary, file);
}
