// Worker thread entry: runs the per-file pass for the batches the main thread
// sends and posts the results back, packed (see packed-result.ts). See parallel.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceFile } from '../parse/load.js';
import { ALL_RULES } from './all-rules.js';
import { lintSourceFile } from './file-pass.js';
import { packResult } from './packed-result.js';
import type { FileRule, LintOptions } from './rule.js';

export interface WorkerSetup {
  ruleIds: string[];
  options: LintOptions;
}

export interface WorkerBatch {
  batch: number;
  sources: SourceFile[];
}

const setup = workerData as WorkerSetup;
const rules = ALL_RULES.filter((rule): rule is FileRule => rule.scope === 'file' && setup.ruleIds.includes(rule.meta.id));

// Batches are linted one after the other: the main thread keeps two queued
// here, and interleaving them (at each await) would delay both results.
let queue = Promise.resolve();
parentPort!.on('message', ({ batch, sources }: WorkerBatch) => {
  queue = queue.then(async () => {
    const results = [];
    for (const source of sources) results.push(packResult(await lintSourceFile(source, rules, setup.options), source.text));
    parentPort!.postMessage({ batch, results });
  });
});
parentPort!.postMessage({ ready: true });
