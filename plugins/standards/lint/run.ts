// The lint run over one corpus folder: read every file, run the per-file pass
// (from the cache, in workers or in this thread), then the corpus rules over
// the registry of ALL documents, then keep the diagnostics that were asked for.
import { optionsFor } from './rule-options.js';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { buildRegistry } from '../model/registry.js';
import { reportedEntries } from '../parse/file-set.js';
import { loadFileSet, loadSourceFile, type SourceFile } from '../parse/load.js';
import { defaultScopesDir, loadScopes } from '../parse/load-scopes.js';
import { compareDiagnostics, type Diagnostic, type RuleFinding } from '../report/diagnostic.js';
import { ALL_RULES } from './all-rules.js';
import { cachedEntry, loadLintCache, resultOf, saveLintCache, sha256, type CacheEntry, type LintCache } from './cache.js';
import type { LintConfig } from './config.js';
import { countExternalLinks } from './external-links.js';
import { FILE_TIME_BUDGET_MS, limitedResult, lintSourceFile, type FileResult } from './file-pass.js';
import { packResult, unpackResult, type PackedResult } from './packed-result.js';
import { lintInWorkers } from './parallel.js';
import type { CorpusRule, FileRule, Rule } from './rule.js';
import type { BaseSnapshot } from '../history/snapshot.js';
import { collectFindings, severityOf, toDiagnostic } from './stamp.js';
import { loadSvgAttachments } from './svg-attachments.js';
import { toolVersion } from './tool-version.js';

/** Below this many files to parse, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 40;

export interface LintRequest {
  /** The corpus folder; corpus rules always see every document below it. */
  root: string;
  config: LintConfig;
  date: CalendarDate;
  /** Report only on these paths (relative to root); they are linted even if their names are wrong. Default: all. */
  only?: readonly string[];
  /** Cache file to read and write; null for a cold run that leaves no cache. */
  cacheFile: string | null;
  /** `auto` uses workers for large runs; `off` keeps everything in this thread (tests). */
  parallel: 'auto' | 'off';
  /** Time budget of one file in milliseconds; default FILE_TIME_BUDGET_MS (tests set less). */
  timeBudgetMs?: number;
  /** Turns a root-relative path into the path printed; default: unchanged. */
  fileLabel?: (relativePath: string) => string;
  rules?: readonly Rule[];
  /** The base tree to compare with (`--base REF`), for the history rules. */
  base?: BaseSnapshot | null;
  /**
   * Scope files: a folder (default `<root>/scopes`) and whether it mixes scopes
   * with other YAML files (a `Tests/` folder given with `--scopes`); null: none.
   */
  scopes?: { dir: string; mixed: boolean } | null;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  /** Files reported on. */
  fileCount: number;
  /** Files whose per-file result came from the cache. */
  cacheHits: number;
  /** Worker threads that took part in the per-file pass; 0 when it ran in this thread alone. */
  workers: number;
  /** External links in the reported files left unchecked because `externalLinks` is off. */
  uncheckedExternalLinks: number;
  /** Problems of the run itself that changed no result (a cache that could not be written), for stderr. */
  warnings: string[];
}

export async function lintCorpus(request: LintRequest): Promise<LintResult> {
  const { root, config } = request;
  const enabled = (request.rules ?? ALL_RULES).filter((rule) => config.severities[rule.meta.id] !== 'off');
  const fileRules = enabled.filter((rule): rule is FileRule => rule.scope === 'file');
  const corpusRules = enabled.filter((rule): rule is CorpusRule => rule.scope === 'corpus');

  // Hashing the linter's own sources for the cache key overlaps with reading
  // the corpus; a run without a cache needs no keys at all.
  const toolVersionHash = request.cacheFile ? toolVersion() : null;
  // The same file set as the portal's (parse/file-set.ts): documents are read
  // and checked; ignored entries with a finding are reported as they are.
  const fileSet = await loadFileSet(root);
  const ignored = new Map(reportedEntries(fileSet).map((entry) => [entry.path, entry]));
  const skipped = new Set(fileSet.ignored.map((entry) => entry.path));
  const asked = (request.only ?? []).filter((relative) => !skipped.has(relative));
  const paths = [...new Set([...fileSet.documents, ...asked, ...ignored.keys()])].sort();
  const sources = await Promise.all(
    paths.map((relative) => {
      const entry = ignored.get(relative);
      return entry ? { path: relative, text: null, findings: entry.findings } : loadSourceFile(root, relative, config.options.maxFileBytes);
    }),
  );

  // Per-file pass, from the cache where the key still matches.
  const version = await toolVersionHash;
  const configHash = sha256(JSON.stringify(config), fileRules.map((rule) => rule.meta.id).join(','));
  const cache: LintCache = request.cacheFile ? await loadLintCache(request.cacheFile) : { entries: new Map() };
  const fresh = new Map<string, CacheEntry>();
  const results = new Map<string, FileResult>();
  const toParse: Array<{ source: SourceFile; key: string }> = [];
  let cacheHits = 0;
  for (const source of sources) {
    if (source.text === null) {
      // Unreadable files have nothing to parse; their findings come straight from loading.
      results.set(source.path, await lintSourceFile(source, fileRules, config.options));
      continue;
    }
    // Without a cache (no tool version either) there is nothing to look up and no key to keep.
    const key = version === null ? '' : sha256(version, configHash, source.path, source.text);
    const hit = cachedEntry(cache, path.resolve(root, source.path), source.path, key);
    if (hit) {
      cacheHits++;
      results.set(source.path, resultOf(hit, source.text));
      fresh.set(path.resolve(root, source.path), hit);
    } else {
      toParse.push({ source, key });
    }
  }
  const { results: packed, workers } = await lintFiles(
    toParse.map(({ source }) => source),
    fileRules,
    config,
    request.parallel,
    request.timeBudgetMs ?? FILE_TIME_BUDGET_MS,
  );
  toParse.forEach(({ source, key }, index) => {
    results.set(source.path, unpackResult(packed[index]!, source.text));
    if (request.cacheFile) fresh.set(path.resolve(root, source.path), { key, ...packed[index]! });
  });
  const warnings: string[] = [];
  if (request.cacheFile) {
    const warning = await saveLintCache(request.cacheFile, cache, fresh);
    if (warning) warnings.push(warning);
  }

  // Corpus rules: always over every document, whatever was asked to be reported.
  const summaries = paths.map((relative) => results.get(relative)!.summary);
  const registry = buildRegistry(summaries.flatMap((summary) => (summary.document ? [summary.document] : [])));
  const scopeSource = request.scopes === undefined ? { dir: defaultScopesDir(root), mixed: false } : request.scopes;
  const scopes = scopeSource ? await loadScopes(scopeSource.dir, { relativeTo: root, mixed: scopeSource.mixed, maxFileBytes: config.options.maxFileBytes }) : [];
  // SVG pictures: the portal publishes only what its sanitizer keeps, so the linter reports what it removes.
  const svgAttachments = corpusRules.some((rule) => rule.meta.id === 'attachment-svg') ? await loadSvgAttachments(root, fileSet.assets) : [];
  const corpusFindings: Array<RuleFinding & { path: string }> = [];
  for (const rule of corpusRules) {
    corpusFindings.push(
      ...(await collectFindings(rule, () => rule.check({ registry, files: summaries, date: request.date, options: optionsFor(rule.meta, config.options), scopes, svgAttachments, base: request.base ?? null }))).map(
        // A crashed corpus rule has no file to blame; it is shown on the first one.
        (finding) => ({ ...finding, path: finding.path ?? paths[0] ?? '' }),
      ),
    );
  }

  // Scope files are reported with the folder they belong to, not when single documents are asked for;
  // files deleted since the base are reported too: a history rule names what was removed.
  const deleted = [...(request.base?.texts.keys() ?? [])].filter((relative) => !paths.includes(relative));
  const reported = new Set([...(request.only ?? [...paths, ...scopes.map((scope) => scope.path), ...svgAttachments.map((svg) => svg.path)]), ...deleted]);
  const label = request.fileLabel ?? ((relative: string) => relative);
  const diagnostics: Diagnostic[] = [];
  const add = (relative: string, finding: RuleFinding) => {
    // Own keys only: a rule id is never looked up on the object's prototype.
    const severity = severityOf(Object.hasOwn(config.severities, finding.ruleId) ? config.severities[finding.ruleId]! : 'error');
    if (severity && reported.has(relative)) diagnostics.push(toDiagnostic(label(relative), finding, severity));
  };
  for (const relative of paths) for (const finding of results.get(relative)!.findings) add(relative, finding);
  for (const finding of corpusFindings) add(finding.path, finding);
  const unchecked =
    config.options.externalLinks || config.severities['external-links'] === 'off'
      ? 0
      : countExternalLinks(
          summaries.filter((summary) => reported.has(summary.path)),
          config.options,
        );
  return { diagnostics: diagnostics.sort(compareDiagnostics), fileCount: new Set(request.only ?? paths).size, cacheHits, workers, uncheckedExternalLinks: unchecked, warnings };
}

async function lintFiles(
  sources: SourceFile[],
  rules: FileRule[],
  config: LintConfig,
  parallel: 'auto' | 'off',
  timeBudgetMs: number,
): Promise<{ results: PackedResult[]; workers: number }> {
  // Results are kept packed and as copies, as a worker would have sent them:
  // the parse's own strings are cut from whole texts and would keep those alive
  // (with 10,000 files, the difference between the run fitting in 1 GB or not).
  const lintHere = async (source: SourceFile) =>
    structuredClone(packResult(await lintSourceFile(source, rules, config.options, timeBudgetMs), source.text));
  // This thread works too, so one worker per remaining core keeps every core busy.
  const workerCount = availableParallelism() - 1;
  if (parallel === 'auto' && workerCount >= 1 && sources.length > PARALLEL_THRESHOLD) {
    try {
      const { results, workersUsed } = await lintInWorkers(
        sources,
        { ruleIds: rules.map((rule) => rule.meta.id), options: config.options, timeBudgetMs },
        workerCount,
        lintHere,
        { timeBudgetMs, failed: (source, finding) => structuredClone(packResult(limitedResult(source, finding), source.text)) },
      );
      return { results, workers: workersUsed };
    } catch (error) {
      // Workers are an optimisation: if they cannot start here, the same work runs in this thread.
      process.emitWarning(`Linting in one thread: ${(error as Error).message}`);
    }
  }
  const results: PackedResult[] = [];
  for (const source of sources) results.push(await lintHere(source));
  return { results, workers: 0 };
}
