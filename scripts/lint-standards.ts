// npm run lint:standards -- [DIR|FILE...] [--format stylish|json|github|markdown] [--summary FILE] [--date YYYY-MM-DD]
//                           [--cache | --no-cache] [--external-links [--allow-private-links]] [--config PATH]
//                           [--write-baseline] [--baseline FILE] [--no-baseline] [--scopes DIR]
//                           [--base REF [--changed]] [--fix [--dry-run]]
// Exit 0 without errors (warnings are fine), 1 with errors, 2 on bad usage.
// --fix first applies the fixes that cannot change meaning (lint/fix-run.ts),
// then reports what remains; the exit code is that of what remains.
// The cache is used by default, but not in CI (CI=true) unless --cache is given.
// Findings recorded in the baseline (next to the config file by default) are
// suppressed; the baseline never changes unless --write-baseline is given.
import { appendFile, cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_RULES } from '../plugins/standards/lint/all-rules.js';
import { applyBaseline, BASELINE_FILE_NAME, mergeBaseline } from '../plugins/standards/lint/baseline.js';
import { inScope, keyDiagnostics, loadBaseline, saveBaseline } from '../plugins/standards/lint/baseline-file.js';
import { cacheFileFor, useLintCache } from '../plugins/standards/lint/cache.js';
import { CONFIG_FILE_NAME, loadLintConfig } from '../plugins/standards/lint/config.js';
import { fixCorpus } from '../plugins/standards/lint/fix-run.js';
import { lintCorpus } from '../plugins/standards/lint/run.js';
import { formatFixReport } from '../plugins/standards/report/format-fixes.js';
import { existingFolder, InputError, parseDateOption, runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';
import { compareDiagnostics, type Diagnostic } from '../plugins/standards/report/diagnostic.js';
import type { BaselineReport } from '../plugins/standards/report/baseline-report.js';
import { FORMATS, isFormatName } from '../plugins/standards/report/formatters.js';
import { loadCorpusFiles } from '../plugins/standards/edit/apply.js';
import { changedSince } from '../plugins/standards/history/changed.js';
import { GitError, loadBaseTree } from '../plugins/standards/history/git.js';
import { buildBaseSnapshot, type BaseSnapshot } from '../plugins/standards/history/snapshot.js';
import { isStandardsFileName } from '../plugins/standards/parse/file-name.js';

const USAGE = `Usage: npm run lint:standards -- [DIR|FILE...] [--format stylish|json|github|markdown] [--summary FILE] [--date YYYY-MM-DD]
                              [--cache | --no-cache] [--external-links [--allow-private-links]] [--config PATH]
                              [--write-baseline] [--baseline FILE] [--no-baseline] [--scopes DIR] [--base REF [--changed]] [--fix [--dry-run]]
  --summary FILE         also append every finding as a Markdown table to FILE (a CI job summary)
  --external-links       check links to other sites over the network (public addresses only)
  --allow-private-links  with --external-links, request loopback, private and link-local addresses too
  --cache                read and write the per-file result cache even in CI (CI=true), where it is off by default
  --no-cache             neither read nor write the cache (a cold run)
  --write-baseline       record today's findings in the baseline file; later runs suppress them
  --baseline FILE        the baseline file (default: standards-lint.baseline.json next to the config file)
  --no-baseline          report every finding, ignoring the baseline
  --scopes DIR           read certification scope files from DIR (default: <DIR>/scopes/ of the standards folder)
  --base REF             add the history rules, comparing with the merge base of REF and HEAD
  --changed              with --base, report only on changed documents and those that name them
  --fix                  apply the fixes that cannot change meaning (list forms, curly quotes, trailing spaces, ...), print
                         per file what was fixed, then report what remains
  --dry-run              with --fix, print a unified diff of the fixes instead of writing them`;

/** One corpus folder to lint, and the files in it to report on (null: all of them). */
interface Target {
  root: string;
  only: Set<string> | null;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'stylish' },
      summary: { type: 'string' },
      date: { type: 'string' },
      cache: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      'external-links': { type: 'boolean', default: false },
      'allow-private-links': { type: 'boolean', default: false },
      config: { type: 'string' },
      'write-baseline': { type: 'boolean', default: false },
      baseline: { type: 'string' },
      'no-baseline': { type: 'boolean', default: false },
      base: { type: 'string' },
      changed: { type: 'boolean', default: false },
      scopes: { type: 'string' },
      fix: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format;
  if (!isFormatName(format)) throw new UsageError(`Unexpected --format \`${format}\`, expected stylish, json, github or markdown`);
  const date = parseDateOption(values.date);
  if (values.cache && values['no-cache']) throw new UsageError('Unexpected --cache together with --no-cache, expected one of them');
  const cache = useLintCache({ cache: values.cache, noCache: values['no-cache'] });
  const configFile = values.config ?? CONFIG_FILE_NAME;
  const loaded = await loadLintConfig(configFile, ALL_RULES, { required: values.config !== undefined });
  if (!loaded.ok) throw new InputError(loaded.message);
  const config = loaded.config;
  if (values['no-baseline'] && (values['write-baseline'] || values.baseline !== undefined)) {
    throw new UsageError(`Unexpected --no-baseline with ${values['write-baseline'] ? '--write-baseline' : '--baseline'}, expected one of them`);
  }
  if (values.baseline === '') throw new UsageError('Unexpected empty --baseline, expected a file name');
  // The baseline lives next to the config file unless named; reading it first makes a corrupt one fail fast.
  const baselineFile = values['no-baseline'] ? null : (values.baseline ?? path.join(path.dirname(configFile), BASELINE_FILE_NAME));
  const baselineLoad = baselineFile ? await loadBaseline(baselineFile, { required: values.baseline !== undefined && !values['write-baseline'] }) : null;
  if (baselineLoad && !baselineLoad.ok) {
    // Writing replaces a broken file (say, one with merge-conflict markers); anything else stops here.
    if (!values['write-baseline']) throw new InputError(baselineLoad.message);
    console.error(`${baselineLoad.message}; replacing it`);
  }
  let baseline = baselineLoad?.ok ? baselineLoad.baseline : null;
  config.options.externalLinks = values['external-links'];
  if (values.changed && values.base === undefined) throw new UsageError('Unexpected --changed without --base REF, expected the ref to compare with');
  if (values['allow-private-links'] && !values['external-links']) throw new UsageError('Unexpected --allow-private-links without --external-links, expected both');
  config.options.allowPrivateLinks = values['allow-private-links'];
  if (values['dry-run'] && !values.fix) throw new UsageError('Unexpected --dry-run without --fix, expected both');
  const targets = await resolveTargets(positionals.length > 0 ? positionals : ['Standards']);
  const scopesDir = values.scopes === undefined ? undefined : path.resolve(values.scopes);
  if (values.scopes !== undefined) await existingFolder(values.scopes, '--scopes');

  const diagnostics: Diagnostic[] = [];
  let fileCount = 0;
  let unchecked = 0;
  // Fix reports and diffs go to stdout with the stylish format, to stderr when stdout is JSON or annotations.
  const note = (text: string) => (format === 'stylish' ? process.stdout : process.stderr).write(text);
  const copies: string[] = [];
  try {
    for (const [index, target] of targets.entries()) {
      const base = values.base === undefined ? null : await loadBase(target.root, values.base);
      if (base && values.changed) {
        const changed = changedSince(await loadCorpusFiles(target.root), base);
        target.only = target.only ? new Set([...target.only].filter((file) => changed.has(file))) : changed;
      }
      // A folder given with --scopes may mix scopes with other YAML files; it is linted once, with the first corpus.
      const scopes = scopesDir !== undefined ? { scopes: index === 0 ? { dir: scopesDir, mixed: true } : null } : {};
      const fileLabel = (relative: string) => path.relative(process.cwd(), path.join(target.root, relative)) || relative;
      // --dry-run fixes a copy, so what remains is linted exactly as it would be after writing.
      let root = target.root;
      if (values.fix) {
        if (values['dry-run']) {
          root = await mkdtemp(path.join(tmpdir(), 'scs-fix-dry-run-'));
          copies.push(root);
          await cp(target.root, root, { recursive: true, filter: (source) => !['node_modules', '.git'].includes(path.basename(source)) });
        }
        const fixed = await fixCorpus({
          ...scopes,
          root,
          config,
          date,
          ...(target.only ? { only: [...target.only] } : {}),
          cacheFile: cache && !values['dry-run'] ? cacheFileFor(target.root) : null,
          parallel: 'auto',
        });
        note(formatFixReport(fixed, fileLabel, values['dry-run']));
      }
      const result = await lintCorpus({
        ...scopes,
        root,
        config,
        date,
        base,
        ...(target.only ? { only: [...target.only] } : {}),
        cacheFile: cache && root === target.root ? cacheFileFor(target.root) : null,
        parallel: 'auto',
        fileLabel,
      });
      diagnostics.push(...result.diagnostics);
      fileCount += result.fileCount;
      unchecked += result.uncheckedExternalLinks;
      for (const warning of result.warnings) console.error(warning);
    }
  } finally {
    for (const copy of copies) await rm(copy, { recursive: true, force: true });
  }
  diagnostics.sort(compareDiagnostics);

  let report: BaselineReport | null = null;
  let reported = diagnostics;
  if (baselineFile) {
    const baselineDir = path.dirname(path.resolve(baselineFile));
    const scope = inScope(targets, baselineDir);
    const keyed = await keyDiagnostics(diagnostics, baselineDir, config.options.maxFileBytes);
    if (values['write-baseline']) {
      baseline = mergeBaseline(baseline, keyed, scope);
      const failed = await saveBaseline(baselineFile, baseline);
      if (failed) throw new InputError(failed);
      // On stderr, so JSON and annotations on stdout stay machine-readable.
      const files = new Set(keyed.map((entry) => entry.file)).size;
      console.error(`Wrote ${baselineFile}: ${diagnostics.length} finding${diagnostics.length === 1 ? '' : 's'} recorded in ${files} file${files === 1 ? '' : 's'}`);
    }
    if (baseline) {
      const outcome = applyBaseline(keyed, baseline, scope);
      reported = outcome.reported;
      report = {
        file: baselineFile,
        suppressed: outcome.suppressed,
        stale: outcome.stale.map((entry) => ({
          file: path.relative(process.cwd(), path.resolve(baselineDir, entry.file)) || entry.file,
          ruleId: entry.rule,
          fingerprint: entry.fingerprint,
          count: entry.count,
          message: entry.message,
        })),
      };
    }
  }
  process.stdout.write(FORMATS[format](reported, fileCount, report));
  if (values.summary !== undefined) await appendSummary(values.summary, FORMATS.markdown(reported, fileCount, report));
  // On stderr, so JSON and annotations on stdout stay machine-readable.
  if (unchecked > 0) console.error(`${unchecked} external link${unchecked === 1 ? '' : 's'} not checked (use --external-links)`);
  // Suppressed findings and stale baseline entries never fail a run.
  return reported.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
}

/** Appends to the summary file (GitHub's $GITHUB_STEP_SUMMARY is shared by the steps of a job); a failure is one line, exit 2. */
async function appendSummary(file: string, text: string): Promise<void> {
  if (file === '') throw new UsageError('Unexpected empty --summary, expected a file name');
  try {
    await appendFile(file, text);
  } catch (error) {
    throw new UsageError(`Could not write the summary ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** Folders lint everything in them; files lint their folder but report only on themselves. */
async function resolveTargets(inputs: string[]): Promise<Target[]> {
  const folders: string[] = [];
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new InputError(`No such file or folder: ${input}`);
    (info.isDirectory() ? folders : files).push(path.resolve(input));
  }
  const targets = new Map<string, Target>();
  for (const folder of folders) targets.set(folder, { root: folder, only: null });
  for (const file of files) {
    // Explicit files that are not standards (README.md, pictures) are skipped, as a folder run would.
    if (!isStandardsFileName(path.basename(file))) continue;
    if (folders.some((folder) => file.startsWith(folder + path.sep))) continue; // already linted whole
    const root = path.dirname(file);
    const target = targets.get(root) ?? { root, only: new Set<string>() };
    target.only?.add(path.basename(file));
    targets.set(root, target);
  }
  return [...targets.values()];
}

async function loadBase(root: string, ref: string): Promise<BaseSnapshot> {
  try {
    return buildBaseSnapshot(ref, (await loadBaseTree(root, ref)).files);
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }
}

process.exitCode = await runCommand(USAGE, main);
