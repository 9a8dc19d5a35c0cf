// npm run bench:dev -- [--size 1000] [--edits 5] [--edit body|title] [--log FILE] [--perf]
// Only the `npm run dev` part of the benchmark (issue #13): generates a
// synthetic corpus of one size in a temporary folder, starts the development
// server on it, opens a document page in Chromium, edits that document a few
// times and prints how long each edit took to show, with the median, the
// split of each into the server's part (save to the end of the compilation
// before it showed) and the browser's (fetching and applying the update),
// the spread and the machine's load average. `--log FILE` keeps what the server
// printed; `--perf` asks Docusaurus for its timings (DOCUSAURUS_PERF_LOGGER).
import { appendFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { measureDevLatency } from '../plugins/standards/bench/dev-latency.js';
import { documentFiles } from '../plugins/standards/bench/portal-bench.js';
import { createSyntheticCorpus } from '../plugins/standards/bench/synthetic-corpus.js';
import { runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.js';

const USAGE = 'Usage: npm run bench:dev -- [--size 1000] [--edits 5] [--edit body|title] [--log FILE] [--perf]';
const REPO_ROOT = path.resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1000' },
      edits: { type: 'string', default: '5' },
      edit: { type: 'string', default: 'body' },
      log: { type: 'string' },
      perf: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const size = Number(values.size);
  const edits = Number(values.edits);
  if (!Number.isSafeInteger(size) || size < 1) throw new UsageError(`Unexpected --size \`${values.size}\`, expected a whole number, e.g. 1000`);
  if (!Number.isSafeInteger(edits) || edits < 1) throw new UsageError(`Unexpected --edits \`${values.edits}\`, expected a whole number, e.g. 5`);
  if (values.edit !== 'body' && values.edit !== 'title') throw new UsageError(`Unexpected --edit \`${values.edit}\`, expected body or title`);
  const log = values.log;
  if (log) writeFileSync(log, '');
  const start = performance.now();
  // Each line of the log with the seconds since the start, to read the server's work against the edits.
  const stamped = (text: string) => text.replace(/^(?=.)/gm, `${((performance.now() - start) / 1000).toFixed(2).padStart(8)} `);

  const workDir = await mkdtemp(path.join(os.tmpdir(), 'scs-bench-dev-'));
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
  try {
    const dir = path.join(workDir, `corpus-${size}`);
    await createSyntheticCorpus(dir, size);
    const plain = (await documentFiles(dir)).find((document) => !document.hasDiagram);
    if (!plain) throw new Error('the synthetic corpus has no document without a diagram');
    const loadBefore = os.loadavg();
    const result = await measureDevLatency({
      repoRoot: REPO_ROOT,
      corpusDir: dir,
      documentFile: plain.fileName,
      browser,
      edits,
      editKind: values.edit,
      env: values.perf ? { DOCUSAURUS_PERF_LOGGER: 'true' } : {},
      onOutput: log ? (text) => appendFileSync(log, stamped(text)) : undefined,
      onEvent: log ? (what) => appendFileSync(log, stamped(`[bench] ${what}\n`)) : undefined,
    });
    const loadAfter = os.loadavg();
    const seconds = (value: number) => `${value.toFixed(2)} s`;
    console.log(`npm run dev, ${size.toLocaleString('en-US')} documents, ${values.edit} edits of ${plain.fileName}`);
    console.log(`  ready: ${seconds(result.readySeconds)}`);
    if (result.edits.length > 0) {
      const sorted = [...result.edits].sort((a, b) => a - b);
      console.log(`  edits: ${result.edits.map(seconds).join(', ')}`);
      console.log(`  median ${seconds(result.editSeconds ?? NaN)}, min ${seconds(sorted[0]!)}, max ${seconds(sorted.at(-1)!)}`);
      const split = result.edits.map((total, index) => {
        const compiled = result.compiled[index];
        return compiled === null || compiled === undefined ? `${seconds(total)} (no compilation seen)` : `${seconds(compiled)} + ${seconds(total - compiled)}`;
      });
      console.log(`  save→compiled + compiled→shown: ${split.join(', ')}`);
      console.log(`  page loaded again (not updated in place) after ${result.fullReloads.filter(Boolean).length} of ${result.fullReloads.length} edits`);
    }
    console.log(`  load average (1/5/15 min): before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' ')}`);
    if (result.problem) {
      console.error(`  problem: ${result.problem}`);
      return 1;
    }
    return 0;
  } finally {
    await browser.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

process.exitCode = await runCommand(USAGE, main);
