// The per-file result cache: one JSON file per linted folder under
// node_modules/.cache (linting many folders, as tests do, never grows one file;
// files of folders not linted for two weeks are removed). An entry
// is reused only when its key matches: the file's path and text, the
// configuration and the tool version all hashed together, and only when the
// entry has exactly the shape this linter writes (cache-entry.ts). A missing,
// stale or corrupt cache, or a bad entry, is simply a miss; a cache that cannot
// be written is a warning. Writes go to a temporary file first and are renamed
// into place, so a crash mid-write never leaves half a file.
//
// The cache is a convenience, never an authority: anyone who can write it can
// make a broken file pass (an entry with its findings emptied and the right
// key). So CI, whose caches are shared and restorable by other branches, runs
// without it unless asked (see useLintCache).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCacheEntry } from './cache-entry.js';
import type { FileResult } from './file-pass.js';
import { packResult, unpackResult, type PackedResult } from './packed-result.js';

/** In the linter's own node_modules, so linting another checkout leaves nothing behind in it. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/scs-standards-lint/', import.meta.url));
const FORMAT = 2;
const UNUSED_FOR_MS = 14 * 24 * 60 * 60 * 1000;

/** The cache file of one linted folder. */
export function cacheFileFor(root: string, cacheDir = DEFAULT_CACHE_DIR): string {
  return path.join(cacheDir, `results-${sha256(path.resolve(root)).slice(0, 16)}.json`);
}

/** A packed result (its body left out when the text gives it back) and the key it is valid for. */
export interface CacheEntry extends PackedResult {
  key: string;
}

export interface LintCache {
  /** Absolute path -> entry as read; checked by cachedEntry before use. */
  entries: Map<string, CacheEntry>;
}

export function sha256(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

export async function loadLintCache(file: string): Promise<LintCache> {
  try {
    const data: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (!isCacheData(data)) return { entries: new Map() };
    return { entries: new Map(Object.entries(data.entries) as Array<[string, CacheEntry]>) };
  } catch {
    return { entries: new Map() }; // missing or unreadable: a cold run
  }
}

/** The entry for a file whose key still matches and whose shape is right, or undefined. */
export function cachedEntry(cache: LintCache, absolutePath: string, relativePath: string, key: string): CacheEntry | undefined {
  const entry: unknown = cache.entries.get(absolutePath);
  return isCacheEntry(entry, relativePath) && entry.key === key ? entry : undefined;
}

/**
 * Whether a run reads and writes the cache: `--cache` and `--no-cache` decide;
 * without either, yes, except in CI (`CI` set to anything but "" , "0" or
 * "false", as GitHub Actions, GitLab CI and others set it).
 */
export function useLintCache(flags: { cache: boolean; noCache: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flags.cache) return true;
  if (flags.noCache) return false;
  const ci = (env.CI ?? '').trim().toLowerCase();
  return ci === '' || ci === '0' || ci === 'false';
}

/** An entry's result, its document's body restored from the file's text. */
export function resultOf(entry: CacheEntry, text: string): FileResult {
  return unpackResult(entry, text);
}

/** The entry to store for a file's result; the body is left out when the text gives it back. */
export function toCacheEntry(key: string, result: FileResult, text: string): CacheEntry {
  return { key, ...packResult(result, text) };
}

/**
 * Writes this run's entries to the folder's cache file, unless nothing changed.
 * Returns a warning in words when the cache cannot be written (permissions, a
 * folder or a file in the way); the run's results do not depend on it.
 */
export async function saveLintCache(file: string, previous: LintCache, current: Map<string, CacheEntry>): Promise<string | null> {
  // Nothing new and nothing gone: rewriting several megabytes would only cost time.
  if (previous.entries.size === current.size && [...previous.entries].every(([key, entry]) => current.get(key)?.key === entry.key)) return null;
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(current) }));
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return `Lint cache not written to ${file} (${reason}); the results are complete, the next run is not faster. Use --no-cache to skip it.`;
  }
  await removeUnusedCacheFiles(path.dirname(file)).catch(() => undefined);
  return null;
}

/** Cache files of folders not linted for two weeks: temporary test folders, old checkouts. */
async function removeUnusedCacheFiles(cacheDir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
    if (!name.startsWith('results')) continue;
    const file = path.join(cacheDir, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > UNUSED_FOR_MS) await rm(file, { force: true });
  }
}

/** The file's outer shape; each entry is checked when it is about to be used (cachedEntry), so unused ones cost nothing. */
function isCacheData(data: unknown): data is { format: number; entries: Record<string, unknown> } {
  if (typeof data !== 'object' || data === null) return false;
  const { format, entries } = data as { format?: unknown; entries?: unknown };
  return format === FORMAT && typeof entries === 'object' && entries !== null && !Array.isArray(entries);
}
