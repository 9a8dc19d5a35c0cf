// Worker thread entry: runs the per-file pass for the batches the main thread
// sends and posts the results back, packed (see packed-result.ts). Before each
// file it says which one it is on, so the main thread can blame that file if
// the worker goes over the time budget or dies. See parallel.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceFile } from '../parse/load.js';
import { ALL_RULES } from './all-rules.js';
import { lintSourceFile } from './file-pass.js';
import { packResult, type PackedResult } from './packed-result.js';
import type { FileRule, LintOptions } from './rule.js';

export interface WorkerSetup {
  ruleIds: string[];
  options: LintOptions;
  /** Time budget of one file in milliseconds (file-pass.ts). */
  timeBudgetMs: number;
}

export interface WorkerBatch {
  /** Positions of the files in the run's list. */
  indices: number[];
  sources: SourceFile[];
}

export type WorkerMessage = { ready: true } | { working: number } | { indices: number[]; results: PackedResult[] };

const setup = workerData as WorkerSetup;
const rules = ALL_RULES.filter((rule): rule is FileRule => rule.scope === 'file' && setup.ruleIds.includes(rule.meta.id));
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

// Batches are linted one after the other: the main thread keeps two queued
// here, and interleaving them (at each await) would delay both results.
let queue = Promise.resolve();
parentPort!.on('message', ({ indices, sources }: WorkerBatch) => {
  queue = queue.then(async () => {
    const results = [];
    for (const [position, source] of sources.entries()) {
      post({ working: indices[position]! });
      results.push(packResult(await lintSourceFile(source, rules, setup.options, setup.timeBudgetMs), source.text));
    }
    post({ indices, results });
  });
});
post({ ready: true });
