// Checking external URLs over the network, for the `external-links` rule: each
// distinct URL once, a few at a time, with a timeout, retries on 429 and a
// cache file. Only a definite 404 or 410 is "broken"; anything else that is
// not an answer (no network, no DNS, a timeout, a 5xx) is "unchecked".
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
}

export const DEFAULT_EXTERNAL_LINK_SETTINGS: ExternalLinkSettings = {
  concurrency: 4,
  timeoutMs: 5_000,
  retries: 2,
  retryDelayMs: 2_000,
  cacheFile: path.resolve('node_modules/.cache/scs-standards-lint/external-links.json'),
  maxAgeMs: 24 * 60 * 60 * 1000,
  now: Date.now,
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
  const cache = settings.cacheFile ? await readCache(settings.cacheFile) : {};
  const outcomes = new Map<string, LinkOutcome>();
  const pending: string[] = [];
  for (const url of new Set(urls)) {
    const entry = cache[url];
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
      if (outcome.outcome === 'alive') cache[url] = { checkedAt: settings.now(), outcome: 'alive' };
      else if (outcome.outcome === 'broken') cache[url] = { checkedAt: settings.now(), outcome: 'broken', status: outcome.status };
      else delete cache[url];
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, settings.concurrency) }, work));
  if (settings.cacheFile) await writeCache(settings.cacheFile, cache, settings);
  return outcomes;
}

/** Loaded on the first check: a run without `--external-links` never needs it. */
let linkChecker: Promise<typeof import('markdown-link-check')> | undefined;

async function checkOne(url: string, settings: ExternalLinkSettings): Promise<LinkOutcome> {
  const { default: markdownLinkCheck } = await (linkChecker ??= import('markdown-link-check'));
  const started = Date.now();
  // One link per call: markdown-link-check's own concurrency is per document and fixed.
  const markdown = `[link](<${url.replace(/[<>\n]/g, encodeURIComponent)}>)`;
  return new Promise((resolve) => {
    markdownLinkCheck(
      markdown,
      {
        timeout: `${settings.timeoutMs}ms`,
        open_timeout: `${settings.timeoutMs}ms`,
        retryOn429: true,
        retryCount: settings.retries,
        fallbackRetryDelay: `${settings.retryDelayMs}ms`,
        aliveStatusCodes: [/^2\d\d$/],
        ignoreDisable: true,
      },
      (error, results) => {
        const result = results?.[0];
        if (error || !result) return resolve({ outcome: 'unchecked', reason: error?.message ?? 'no result' });
        if (result.status === 'alive') return resolve({ outcome: 'alive' });
        if (result.statusCode === 404 || result.statusCode === 410) return resolve({ outcome: 'broken', status: result.statusCode });
        if (result.statusCode > 0) return resolve({ outcome: 'unchecked', reason: `HTTP ${result.statusCode}` });
        const code = typeof result.err === 'object' && result.err ? (result.err.code ?? result.err.message) : String(result.err ?? 'no answer');
        const timedOut = Date.now() - started >= settings.timeoutMs;
        resolve({ outcome: 'unchecked', reason: timedOut ? `no answer within ${formatSeconds(settings.timeoutMs)}` : code });
      },
    );
  });
}

const formatSeconds = (ms: number) => (ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

async function readCache(file: string): Promise<Record<string, CacheEntry>> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { version?: number; entries?: Record<string, CacheEntry> };
    return data.version === 1 && data.entries && typeof data.entries === 'object' ? data.entries : {};
  } catch {
    return {}; // no cache yet, or an unreadable one: check again
  }
}

async function writeCache(file: string, entries: Record<string, CacheEntry>, settings: ExternalLinkSettings): Promise<void> {
  const now = settings.now();
  const kept = Object.fromEntries(Object.entries(entries).filter(([, entry]) => now - entry.checkedAt < settings.maxAgeMs));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ version: 1, entries: kept }, null, 1)}\n`);
}
