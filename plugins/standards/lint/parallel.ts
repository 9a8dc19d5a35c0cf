// Runs the per-file pass on worker threads and on this thread together. Files
// are handed out in batches as threads become free (files differ in size, so
// a fixed split would leave one idle). This thread takes part because a
// worker needs a second or so to load the linter: meanwhile this thread,
// which has it loaded already, works through the queue, so workers can only
// make a run faster, never slower.
//
// A worker says which file it is on before it starts it. A worker that stays
// on one file past the time budget is ended, and one that dies (out of memory,
// a crash) is replaced: either way the file it was on gets a resource-limit
// finding, the other files it held go back to the queue, and the run goes on.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../parse/load.js';
import type { RuleFinding } from '../report/diagnostic.js';
import { failureFinding, timeBudgetFinding } from './file-pass.js';
import type { PackedResult } from './packed-result.js';
import type { WorkerBatch, WorkerMessage, WorkerSetup } from './file-worker.js';

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
/**
 * A worker holds a few files and their results at a time; a file that needs
 * more than this (it cannot, within the Markdown limits) ends its worker
 * instead of the machine's memory. The main thread, which keeps every result, has no such cap.
 */
const OLD_GENERATION_MB = 1024;
/** The file's own pass stops at the budget between steps; ending the worker is for a step that never returns. */
const KILL_GRACE_MS = 5_000;

export interface WorkerPolicy {
  /** Time budget of one file (file-pass.ts); a worker on one file longer than this and a grace is ended. */
  timeBudgetMs: number;
  /** The result of a file whose worker was ended or died while on it. */
  failed: (source: SourceFile, finding: RuleFinding) => PackedResult;
  /** The worker module to start instead of file-worker (tests). */
  entry?: URL;
}

export async function lintInWorkers(
  sources: readonly SourceFile[],
  setup: WorkerSetup,
  workerCount: number,
  lintHere: (source: SourceFile) => Promise<PackedResult>,
  policy: WorkerPolicy,
): Promise<{ results: PackedResult[]; workersUsed: number }> {
  const results: PackedResult[] = new Array(sources.length);
  /** Files given back by an ended worker, handed out before the rest. */
  const retry: number[] = [];
  let next = 0;
  let workersUsed = 0;
  let finished = false;
  /** Workers started after one was ended, at most this many in the run; the rest falls to this thread. */
  let replacementsLeft = 2 * workerCount + 2;
  const remaining = () => retry.length + (sources.length - next);
  const take = (size: number): number[] => {
    const taken = retry.splice(0, size);
    while (taken.length < size && next < sources.length) taken.push(next++);
    return taken;
  };
  const live = new Set<Worker>();

  const slot = () =>
    new Promise<void>((resolve, reject) => {
      let used = false;
      let everReady = false;
      const settle = (error?: unknown) => {
        clearInterval(watch);
        if (error === undefined) resolve();
        else reject(error);
      };
      let worker: Worker;
      /** Files sent to the current worker and not yet answered. */
      let held = new Set<number>();
      let current: { index: number; since: number } | null = null;
      /** Ends the current worker, blames the file it was on, queues the rest again and starts another. */
      const replace = (finding: RuleFinding) => {
        if (current && held.has(current.index)) {
          results[current.index] = policy.failed(sources[current.index]!, finding);
          held.delete(current.index);
        }
        retry.unshift(...held);
        held = new Set();
        current = null;
        live.delete(worker);
        void worker.terminate();
        if (finished || replacementsLeft-- <= 0) return settle();
        start();
      };
      const sendNext = () => {
        // Smaller batches towards the end, so no thread is left with a long batch while the others wait.
        const indices = take(Math.max(1, Math.min(BATCH_SIZE, Math.floor(remaining() / (2 * (workerCount + 1))))));
        if (indices.length === 0) return false;
        if (!used) workersUsed++;
        used = true;
        for (const index of indices) held.add(index);
        worker.postMessage({ indices, sources: indices.map((index) => sources[index]!) } satisfies WorkerBatch);
        return true;
      };
      const start = () => {
        const self = startWorker(setup, policy.entry);
        worker = self;
        live.add(self);
        let gone = false;
        /** An error or exit of this worker, once; none after it was ended on purpose. */
        const died = (reason: string, error?: unknown) => {
          if (gone || finished || !live.has(self)) return;
          gone = true;
          // A worker that never started is a setup problem: the caller runs everything in this thread.
          if (!everReady) {
            live.delete(self);
            return settle(error ?? new Error(reason));
          }
          replace(failureFinding(new Error(reason)));
        };
        self.on('message', (message: WorkerMessage) => {
          if (worker !== self) return;
          if ('working' in message) {
            current = { index: message.working, since: performance.now() };
            return;
          }
          if ('results' in message) {
            message.indices.forEach((index, position) => {
              results[index] = message.results[position]!;
              held.delete(index);
            });
            current = null;
          }
          // A worker holds two batches, so it never waits for this thread (busy with a file) to answer.
          if ('ready' in message) {
            everReady = true;
            sendNext();
          }
          if (!sendNext() && held.size === 0) settle();
        });
        self.on('error', (error) => died(`the worker stopped: ${error.message}`, error));
        self.on('exit', (code) => died(`the worker exited with code ${code}`));
      };
      const watch = setInterval(() => {
        if (current && performance.now() - current.since > policy.timeBudgetMs + KILL_GRACE_MS) replace(timeBudgetFinding(policy.timeBudgetMs));
      }, Math.min(1000, Math.max(50, policy.timeBudgetMs / 4)));
      watch.unref();
      start();
    });

  const inWorkers = Array.from({ length: workerCount }, slot);
  try {
    // This thread lints one file at a time and yields in between, so workers' messages are answered promptly.
    const inThisThread = async () => {
      for (let [index] = take(1); index !== undefined; [index] = take(1)) {
        results[index] = await lintHere(sources[index]!);
        await nextTurn();
      }
    };
    await inThisThread();
    await Promise.all(inWorkers);
    // Files given back by workers after this thread ran out of work, when no worker was left to take them.
    await inThisThread();
  } finally {
    finished = true;
    await Promise.all([...live].map((worker) => worker.terminate()));
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
function startWorker(setup: WorkerSetup, entryOverride?: URL): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB };
  if (!entryOverride && typeof SCS_LINT_WORKER === 'string') return new Worker(new URL(SCS_LINT_WORKER), { workerData: setup, resourceLimits });
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const entry = entryOverride?.href ?? new URL(`./file-worker${extension}`, import.meta.url).href;
  if (!entry.endsWith('.ts')) return new Worker(new URL(entry), { workerData: setup, execArgv: process.execArgv, resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: setup, execArgv: process.execArgv, resourceLimits });
}
