// The lint section of the benchmark: for one corpus size, generate the corpus
// and time the real command line: cold without a cache (the median of several
// runs for the smaller sizes), cold writing a fresh cache, and warm after
// changing one file.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { measureCommand, type Measurement } from './measure.js';
import { createSyntheticCorpus, editedText } from './synthetic-corpus.js';

export type LintRunKind = 'cold, --no-cache' | 'cold, writing cache' | 'warm, 1 changed';

export interface LintRun {
  kind: LintRunKind;
  measurement: Measurement;
  errors: number | null;
  warnings: number | null;
  /** The most frequent rule ids among the diagnostics, e.g. `link-anchor x3`. */
  topRules: string;
  /** Why the diagnostics could not be read, with the end of stderr. */
  problem: string | null;
  /** Wall seconds of every repetition, fastest first, when the run was repeated; `measurement` is the median one. */
  repeatedWallSeconds?: number[];
}

export interface LintBenchResult {
  size: number;
  generateSeconds: number;
  runs: LintRun[];
}

const TIMEOUT_MS = 20 * 60_000;

/**
 * How often the cold run is repeated: a short run's wall time varies by a
 * tenth or more on a shared machine, so a small corpus gets the median of
 * several runs; a long run varies less and takes too long to repeat.
 */
export function coldRepeats(size: number): number {
  return size <= 100 ? 5 : size <= 1_000 ? 3 : 1;
}

export async function runLintBench(repoRoot: string, linterRoot: string, size: number, workDir: string): Promise<LintBenchResult> {
  const corpusDir = path.join(workDir, `lint-corpus-${size}`);
  const started = performance.now();
  const files = await createSyntheticCorpus(corpusDir, size);
  const generateSeconds = (performance.now() - started) / 1000;

  // The CLI runs from a private copy (see linter-copy.ts), so its cache is the
  // copy's own; each size starts with an empty one. The project's config is passed explicitly.
  const cwd = path.join(workDir, `lint-cwd-${size}`);
  await mkdir(cwd, { recursive: true });
  const configFile = path.join(repoRoot, 'standards-lint.config.json');
  const command = await lintCommand(linterRoot);
  const args = [...command, corpusDir, '--format', 'json'];
  if (existsSync(configFile)) args.push('--config', configFile);
  const run = async (kind: LintRunKind, extra: string[]): Promise<LintRun> => {
    const measurement = await measureCommand(process.execPath, [...args, ...extra], { cwd, timeoutMs: TIMEOUT_MS });
    return { kind, measurement, ...countDiagnostics(measurement) };
  };

  await rm(path.join(linterRoot, 'node_modules', '.cache', 'scs-standards-lint', 'results.json'), { force: true });
  // The bundle is built once per checkout, not per run: build it before the clock starts.
  await measureCommand(process.execPath, [...command, '--help'], { cwd, timeoutMs: TIMEOUT_MS });
  const colds: LintRun[] = [];
  for (let repeat = 0; repeat < coldRepeats(size); repeat++) colds.push(await run('cold, --no-cache', ['--no-cache']));
  const runs = [medianRun(colds), await run('cold, writing cache', [])];
  const changed = files[Math.floor(files.length / 2)]!;
  await writeFile(path.join(corpusDir, changed.fileName), editedText(changed.text));
  runs.push(await run('warm, 1 changed', []));
  return { size, generateSeconds, runs };
}

/** The run with the median wall time (the slower middle one of an even count), with every repetition's wall time. */
export function medianRun(runs: readonly LintRun[]): LintRun {
  const sorted = [...runs].sort((a, b) => a.measurement.wallSeconds - b.measurement.wallSeconds);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return sorted.length === 1 ? median : { ...median, repeatedWallSeconds: sorted.map((run) => run.measurement.wallSeconds) };
}

/** The `lint:standards` script of package.json in `root`. */
export async function lintScript(root: string): Promise<string> {
  const packageJson = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return packageJson.scripts?.['lint:standards'] ?? '';
}

/**
 * What `npm run lint:standards` runs, as arguments for node: the script's
 * node options and its script, resolved in `root` (so the benchmark measures
 * the flags users get).
 */
async function lintCommand(root: string): Promise<string[]> {
  const script = await lintScript(root);
  const [program, ...words] = script.trim().split(/\s+/);
  if (program !== 'node' || words.length === 0) {
    throw new Error(`Unexpected \`lint:standards\` script ${JSON.stringify(script)} in package.json, expected "node [options] scripts/lint-standards.mjs"`);
  }
  return words.map((word) => (word.startsWith('-') ? word : path.join(root, word)));
}

function countDiagnostics(measurement: Measurement): Pick<LintRun, 'errors' | 'warnings' | 'topRules' | 'problem'> {
  const tail = measurement.stderr.trim().split('\n').slice(-5).join('\n');
  const unread = { errors: null, warnings: null, topRules: '' };
  if (measurement.timedOut) return { ...unread, problem: `killed after ${TIMEOUT_MS / 60_000} minutes` };
  try {
    const { diagnostics } = JSON.parse(measurement.stdout) as { diagnostics: Array<{ severity: string; ruleId: string }> };
    const perRule = new Map<string, number>();
    for (const { ruleId } of diagnostics) perRule.set(ruleId, (perRule.get(ruleId) ?? 0) + 1);
    const topRules = [...perRule]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([ruleId, count]) => `${ruleId} x${count}`)
      .join(', ');
    return {
      errors: diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
      warnings: diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length,
      topRules,
      problem: null,
    };
  } catch (error) {
    return { ...unread, problem: `Unexpected output, expected a JSON object with \`diagnostics\` (${(error as Error).message})\n${tail}` };
  }
}
