// npm run bench -- [--sizes 100,1000,10000] [--skip-portal | --portal-only | --search-only] [--dev-sizes 1000] [--own-corpus] [--portal-of DIR]
// Generates synthetic corpora in a temporary folder, times a private copy of
// the linter (cold and warm) and the portal build of each size, weighs a
// document page, a status page and the overview in Chromium, measures a first
// search and (for --dev-sizes) an edit in `npm run dev`, and prints the
// figures of each size side by side beside the targets of issues #2, #3 and
// #13. Never fails on a missed target: the figures are for reading.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { lintScript, runLintBench, type LintBenchResult } from '../plugins/standards/bench/lint-bench.js';
import { createLinterCopy } from '../plugins/standards/bench/linter-copy.js';
import { checkGnuTime } from '../plugins/standards/bench/measure.js';
import { measureDevLatency } from '../plugins/standards/bench/dev-latency.js';
import { documentFiles, runPortalBench, type PortalResult } from '../plugins/standards/bench/portal-bench.js';
import { formatLintTable, formatMachine, formatPortalTable } from '../plugins/standards/bench/report.js';
import { runSearchBenches } from '../plugins/standards/bench/search-bench.js';
import { createSyntheticCorpus } from '../plugins/standards/bench/synthetic-corpus.js';
import { runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.js';

const USAGE = 'Usage: npm run bench -- [--sizes 100,1000,10000] [--skip-portal | --portal-only | --search-only] [--dev-sizes 1000 (or none)] [--own-corpus] [--portal-of DIR]';
const REPO_ROOT = path.resolve(import.meta.dirname, '..');

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100,1000,10000' },
      'skip-portal': { type: 'boolean', default: false },
      'portal-only': { type: 'boolean', default: false },
      // Only the search section: its search-only site costs seconds where a portal build at 10,000 costs an hour.
      'search-only': { type: 'boolean', default: false },
      // `npm run dev` is measured at these sizes only: starting it at 10,000 documents costs more than it tells.
      'dev-sizes': { type: 'string', default: '1000' },
      // Our own Standards/ as one more column, before the synthetic sizes.
      'own-corpus': { type: 'boolean', default: false },
      // The portal of another checkout of this project (e.g. a worktree of an older commit, with its own
      // node_modules), built and weighed by this bench: before and after measured the same way on one machine.
      'portal-of': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const sizes = wholeNumbers('--sizes', values.sizes);
  const devSizes = values['dev-sizes'] === 'none' ? [] : wholeNumbers('--dev-sizes', values['dev-sizes']);
  const modes = (['skip-portal', 'portal-only', 'search-only'] as const).filter((mode) => values[mode]);
  if (modes.length > 1) throw new UsageError(`Unexpected ${modes.map((mode) => `--${mode}`).join(' with ')}, expected at most one of --skip-portal, --portal-only and --search-only`);
  const searchOnly = values['search-only'];
  return {
    sizes,
    devSizes,
    ownCorpus: values['own-corpus'],
    portalRoot: portalRootOf(values['portal-of']),
    lint: !values['portal-only'] && !searchOnly,
    portal: !values['skip-portal'] && !searchOnly,
    search: !values['skip-portal'],
    help: values.help,
  };
}

/** The checkout whose portal is built: this one, or --portal-of DIR if it holds a `scripts/build.ts`. */
function portalRootOf(dir: string | undefined): string {
  if (dir === undefined) return REPO_ROOT;
  const root = path.resolve(dir);
  if (!existsSync(path.join(root, 'scripts', 'build.ts')) || !existsSync(path.join(root, 'node_modules', '.bin', 'tsx'))) {
    throw new UsageError(`Unexpected --portal-of \`${dir}\`, expected a checkout of this project with scripts/build.ts and its node_modules installed`);
  }
  return root;
}

/** "abc1234 subject" of a checkout's HEAD, or "not a git checkout". */
function gitDescription(root: string): string {
  try {
    return execFileSync('git', ['-C', root, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).trim().slice(0, 100);
  } catch {
    return 'not a git checkout';
  }
}

function wholeNumbers(option: string, text: string): number[] {
  const numbers = text.split(',').map((part) => Number(part.trim()));
  if (numbers.some((size) => !Number.isSafeInteger(size) || size < 1)) {
    throw new UsageError(`Unexpected ${option} \`${text}\`, expected whole numbers separated by commas, e.g. 100,1000`);
  }
  return numbers;
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  // GNU time measures the builds' memory; the search section alone does not need it.
  const missing = options.lint || options.portal ? checkGnuTime() : null;
  if (missing) {
    console.error(missing);
    return 1;
  }
  // Checked before any long work starts, so a missing browser fails in seconds.
  if (options.search) ensureChromium((line) => console.error(line));

  console.log(formatMachine());
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'scs-bench-'));
  try {
    if (options.lint) {
      const results: LintBenchResult[] = [];
      const linterRoot = await createLinterCopy(REPO_ROOT, workDir);
      for (const size of options.sizes) {
        console.error(`lint: ${size} documents…`);
        results.push(await runLintBench(REPO_ROOT, linterRoot, size, workDir));
      }
      console.log(`\nLint: \`${await lintScript(REPO_ROOT)} DIR --format json\` (what \`npm run lint:standards\` runs; cold runs add --no-cache) as a child process, start-up included`);
      console.log(formatLintTable(results));
    }
    if (options.search) {
      const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
      const results: PortalResult[] = [];
      let search = '';
      try {
        if (options.portal) {
          const corpora: Array<[string, string, number | null]> = options.ownCorpus ? [['Standards/', path.join(REPO_ROOT, 'Standards'), null]] : [];
          for (const size of options.sizes) {
            const dir = path.join(workDir, `portal-corpus-${size}`);
            await createSyntheticCorpus(dir, size);
            corpora.push([`${size.toLocaleString('en-US')} docs`, dir, size]);
          }
          for (const [label, dir, size] of corpora) {
            console.error(`portal: building ${label}…`);
            const result = await runPortalBench(options.portalRoot, dir, label, workDir, browser);
            if (size !== null && options.devSizes.includes(size)) {
              console.error(`portal: dev server on ${label}…`);
              const plain = (await documentFiles(dir)).find((document) => !document.hasDiagram);
              if (plain) result.dev = await measureDevLatency({ repoRoot: options.portalRoot, corpusDir: dir, documentFile: plain.fileName, browser });
            }
            results.push(result);
          }
        }
        search = await runSearchBenches(REPO_ROOT, workDir, browser, options.sizes, (line) => console.error(line));
      } finally {
        await browser.close();
      }
      if (options.portal) {
        if (options.portalRoot !== REPO_ROOT) console.log(`\nPortal of ${options.portalRoot} (${gitDescription(options.portalRoot)})`);
        console.log('\nPortal: cold `npm run build` (site, then search index; no persistent cache) per size; JavaScript fetched per page type in Chromium; `npm run dev` edit latency');
        console.log(formatPortalTable(results));
      }
      console.log(search);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return 0;
}

process.exitCode = await runCommand(USAGE, main);
