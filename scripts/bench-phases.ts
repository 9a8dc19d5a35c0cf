// npm run bench:phases -- [--sizes 1000,3000] [--corpus DIR]
// Times what our Docusaurus plugins do before and after the bundler (loading,
// page props, sidebar, outputs, page data), phase by phase, without building
// the portal (plugins/standards/bench/plugin-phases.ts): seconds per size
// where a build costs minutes, so it runs at 10,000 documents too. Each size
// runs in a child process of its own (the site's config reads STANDARDS_DIR
// once; each size starts from an empty heap). Prints CPU time per phase side
// by side and the growth from the first size to the last against linear.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { measurePluginPhases, type PhaseRun } from '../plugins/standards/bench/plugin-phases.js';
import { formatPhaseTable } from '../plugins/standards/bench/phase-table.js';
import { createSyntheticCorpus } from '../plugins/standards/bench/synthetic-corpus.js';
import { runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';

const USAGE = 'Usage: npm run bench:phases -- [--sizes 1000,3000] [--corpus DIR] (a corpus of your own, instead of synthetic ones)';
const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const CHILD = '--child';
/** A fixed day, so two runs compute the same states. */
const DATE = '2026-06-01';

async function child(corpus: string, scratch: string): Promise<number> {
  const run = await measurePluginPhases({ siteDir: REPO_ROOT, standardsDir: corpus, date: DATE, scratchDir: scratch });
  // The last line is the result; the plugins' own lines (warnings) go before it.
  process.stdout.write(`\n${JSON.stringify(run)}\n`);
  return 0;
}

async function runSize(label: string, corpus: string, workDir: string): Promise<PhaseRun & { label: string }> {
  const generated = path.join(workDir, `generated-${path.basename(corpus)}`);
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, CHILD, corpus, path.join(workDir, 'scratch')], {
    cwd: REPO_ROOT,
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      STANDARDS_DIR: corpus,
      STANDARDS_DATE: DATE,
      // As `docusaurus build` sets it before loading the site: without it the plugins take the dev server's
      // path, which keeps a second copy of every page's props for its page-data answers (./dev-page-data.ts),
      // and the heap after load counted it (1,381 MB at 10,000 documents, a build holds about a quarter less).
      NODE_ENV: 'production',
      // Its own generated files: never those of a build or dev server of this checkout.
      DOCUSAURUS_GENERATED_FILES_DIR_NAME: generated,
    },
  });
  const last = stdout.trimEnd().split('\n').at(-1)!;
  return { label, ...(JSON.parse(last) as PhaseRun) };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,3000' }, corpus: { type: 'string' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const sizes = values.sizes.split(',').map((part) => Number(part.trim()));
  if (sizes.some((size) => !Number.isSafeInteger(size) || size < 1)) throw new UsageError(`Unexpected --sizes \`${values.sizes}\`, expected whole numbers separated by commas, e.g. 1000,3000`);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'scs-phases-'));
  try {
    const runs = [];
    const corpora: Array<[string, string]> = values.corpus ? [[values.corpus, path.resolve(values.corpus)]] : [];
    if (!values.corpus) {
      for (const size of sizes) {
        const dir = path.join(workDir, `corpus-${size}`);
        await createSyntheticCorpus(dir, size);
        corpora.push([`${size.toLocaleString('en-US')} docs`, dir]);
      }
    }
    for (const [label, dir] of corpora) {
      console.error(`phases: ${label}…`);
      runs.push(await runSize(label, dir, workDir));
    }
    console.log(formatPhaseTable(runs));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return 0;
}

if (process.argv[2] === CHILD) process.exitCode = await runCommand(USAGE, () => child(process.argv[3]!, process.argv[4]!));
else process.exitCode = await runCommand(USAGE, main);
