// Runs the per-file pass on worker threads, in batches handed out as workers
// become free (files differ in size, so a fixed split would leave one idle).
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../parse/load.js';
import type { FileResult } from './file-pass.js';
import type { WorkerBatch, WorkerSetup } from './file-worker.js';

const BATCH_SIZE = 16;

export async function lintInWorkers(sources: readonly SourceFile[], setup: WorkerSetup, workerCount: number): Promise<FileResult[]> {
  const batches: SourceFile[][] = [];
  for (let start = 0; start < sources.length; start += BATCH_SIZE) batches.push(sources.slice(start, start + BATCH_SIZE));
  const results: FileResult[][] = new Array(batches.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(workerCount, batches.length) }, () => startWorker(setup));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = () => {
              if (next >= batches.length) return resolve();
              const batch = next++;
              worker.postMessage({ batch, sources: batches[batch]! } satisfies WorkerBatch);
            };
            worker.on('message', (message: { ready?: true; batch?: number; results?: FileResult[] }) => {
              if (message.results && message.batch !== undefined) results[message.batch] = message.results;
              sendNext();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (next < batches.length || code !== 0 ? reject(new Error(`Lint worker exited with code ${code}`)) : resolve()));
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.flat();
}

/**
 * Starts a worker on file-worker.ts (or .js once compiled). Under tsx the
 * worker must register tsx itself before importing TypeScript: on Node 20,
 * `execArgv` alone does not carry tsx's loader hooks into a worker.
 */
function startWorker(setup: WorkerSetup): Worker {
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const entry = new URL(`./file-worker${extension}`, import.meta.url).href;
  if (extension === '.js') return new Worker(new URL(entry), { workerData: setup, execArgv: process.execArgv });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: setup, execArgv: process.execArgv });
}
