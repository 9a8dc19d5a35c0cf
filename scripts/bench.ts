// npm run bench -- [--sizes 100,1000,10000] [--skip-portal | --portal-only]
// Generates synthetic corpora in a temporary folder, times a private copy of
// the linter (cold and warm) and the portal build, weighs a document page in Chromium, and
// prints the figures beside the targets of issues #2 and #3. Never fails on a
// missed target: the figures are for reading.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { lintScript, runLintBench, type LintBenchResult } from '../plugins/standards/bench/lint-bench.js';
import { createLinterCopy } from '../plugins/standards/bench/linter-copy.js';
import { checkGnuTime } from '../plugins/standards/bench/measure.js';
import { runPortalBench, type PortalResult } from '../plugins/standards/bench/portal-bench.js';
import { formatLintTable, formatMachine, formatPortalTable } from '../plugins/standards/bench/report.js';
import { runSearchBenches } from '../plugins/standards/bench/search-bench.js';
import { createSyntheticCorpus } from '../plugins/standards/bench/synthetic-corpus.js';
import { PORTAL_TARGETS } from '../plugins/standards/bench/targets.js';
import { runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.js';

const USAGE = 'Usage: npm run bench -- [--sizes 100,1000,10000] [--skip-portal | --portal-only]';
const REPO_ROOT = path.resolve(import.meta.dirname, '..');

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100,1000,10000' },
      'skip-portal': { type: 'boolean', default: false },
      'portal-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((text) => Number(text.trim()));
  if (sizes.some((size) => !Number.isSafeInteger(size) || size < 1)) {
    throw new UsageError(`Unexpected --sizes \`${values.sizes}\`, expected whole numbers separated by commas, e.g. 100,1000`);
  }
  if (values['skip-portal'] && values['portal-only']) throw new UsageError('Unexpected --skip-portal with --portal-only, expected at most one of them');
  return { sizes, lint: !values['portal-only'], portal: !values['skip-portal'], help: values.help };
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const missing = checkGnuTime();
  if (missing) {
    console.error(missing);
    return 1;
  }
  // Checked before any long work starts, so a missing browser fails in seconds.
  if (options.portal) ensureChromium((line) => console.error(line));

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
    if (options.portal) {
      const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
      const results: PortalResult[] = [];
      let search = '';
      try {
        // Our corpus; one of the upstream corpus's size, which the page-weight figures came from; the large one.
        const corpora: Array<[string, string]> = [['Standards/', path.join(REPO_ROOT, 'Standards')]];
        for (const size of [PORTAL_TARGETS.upstreamDocuments, PORTAL_TARGETS.syntheticDocuments]) {
          const dir = path.join(workDir, `portal-corpus-${size}`);
          await createSyntheticCorpus(dir, size);
          corpora.push([`synthetic ${size}`, dir]);
        }
        for (const [label, dir] of corpora) {
          console.error(`portal: building ${label}…`);
          results.push(await runPortalBench(REPO_ROOT, dir, label, workDir, browser));
        }
        search = await runSearchBenches(REPO_ROOT, workDir, browser, options.sizes, (line) => console.error(line));
      } finally {
        await browser.close();
      }
      console.log('\nPortal: cold `npm run build` (site, then search index; no persistent cache), page weight in Chromium');
      console.log(formatPortalTable(results));
      console.log(search);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return 0;
}

process.exitCode = await runCommand(USAGE, main);
