// Runs the per-file pass on worker threads and on this thread together. Files
// are handed out in batches as threads become free (files differ in size, so
// a fixed split would leave one idle). This thread takes part because a
// worker needs a second or so to load the linter: meanwhile this thread,
// which has it loaded already, works through the queue, so workers can only
// make a run faster, never slower.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../parse/load.js';
import type { PackedResult } from './packed-result.js';
import type { WorkerBatch, WorkerSetup } from './file-worker.js';

const BATCH_SIZE = 8;

/**
 * Parsing makes many short-lived objects while a whole document's tree stays
 * alive, so with V8's default young generation (16 MB semi-spaces) the
 * collector copied that tree again and again: a sixth of the run. Twice the
 * room halves those collections. 96 MB of young generation is 32 MB
 * semi-spaces, as `--max-semi-space-size=32` gives the main thread (see the
 * `lint:standards` script in package.json).
 */
const YOUNG_GENERATION_MB = 96;

export async function lintInWorkers(
  sources: readonly SourceFile[],
  setup: WorkerSetup,
  workerCount: number,
  lintHere: (source: SourceFile) => Promise<PackedResult>,
): Promise<{ results: PackedResult[]; workersUsed: number }> {
  const results: PackedResult[] = new Array(sources.length);
  let next = 0;
  let workersUsed = 0;
  const takeBatch = (size: number) => {
    const start = next;
    next = Math.min(sources.length, next + size);
    return { start, batch: sources.slice(start, next) };
  };
  const workers = Array.from({ length: workerCount }, () => startWorker(setup));
  const inWorkers = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        let used = false;
        let inFlight = 0;
        /** Posts the next batch; false when the queue is empty. */
        const sendNext = () => {
          // Smaller batches towards the end, so no thread is left with a long batch while the others wait.
          const left = sources.length - next;
          const { start, batch } = takeBatch(Math.max(1, Math.min(BATCH_SIZE, Math.floor(left / (2 * (workerCount + 1))))));
          if (batch.length === 0) return false;
          if (!used) workersUsed++;
          used = true;
          inFlight++;
          worker.postMessage({ batch: start, sources: batch } satisfies WorkerBatch);
          return true;
        };
        worker.on('message', (message: { ready?: true; batch?: number; results?: PackedResult[] }) => {
          if (message.results && message.batch !== undefined) {
            message.results.forEach((result, index) => (results[message.batch! + index] = result));
            inFlight--;
          }
          // A worker holds two batches, so it never waits for this thread (busy with a file) to answer.
          if (message.ready) sendNext();
          if (!sendNext() && inFlight === 0) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`Lint worker exited with code ${code}`)));
      }),
  );
  try {
    // This thread lints one file at a time and yields in between, so workers' messages are answered promptly.
    for (let { start, batch } = takeBatch(1); batch.length > 0; { start, batch } = takeBatch(1)) {
      results[start] = await lintHere(batch[0]!);
      await nextTurn();
    }
    await Promise.all(inWorkers);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return { results, workersUsed };
}

/** Set by the bundle build (scripts/lib/linter-bundle.mjs): the URL of the bundled worker. */
declare const SCS_LINT_WORKER: string | undefined;

/**
 * Starts a worker: the bundled one when this code runs from the bundle, else
 * file-worker.ts (or .js once compiled). Under tsx the worker must register
 * tsx itself before importing TypeScript: on Node 20, `execArgv` alone does
 * not carry tsx's loader hooks into a worker.
 */
function startWorker(setup: WorkerSetup): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  if (typeof SCS_LINT_WORKER === 'string') return new Worker(new URL(SCS_LINT_WORKER), { workerData: setup, resourceLimits });
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const entry = new URL(`./file-worker${extension}`, import.meta.url).href;
  if (extension === '.js') return new Worker(new URL(entry), { workerData: setup, execArgv: process.execArgv, resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: setup, execArgv: process.execArgv, resourceLimits });
}
