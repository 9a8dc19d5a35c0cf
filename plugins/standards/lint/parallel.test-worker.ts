// A stand-in for file-worker.ts in parallel.test.ts: speaks the same protocol,
// and misbehaves on files named for it: `hang` never returns, `crash` ends the
// worker, `throw` throws outside any handler. Every other file gets a result
// naming the thread that linted it.
import { parentPort, threadId } from 'node:worker_threads';
import type { WorkerBatch, WorkerMessage } from './file-worker.js';

const post = (message: WorkerMessage) => parentPort!.postMessage(message);

parentPort!.on('message', ({ indices, sources }: WorkerBatch) => {
  const results = sources.map((source, position) => {
    post({ working: indices[position]! });
    if (source.path.includes('hang')) for (;;);
    if (source.path.includes('crash')) process.exit(3);
    if (source.path.includes('throw')) throw new Error('thrown in the worker');
    return { result: { summary: { path: source.path, document: null, outline: null }, findings: [{ ruleId: 'test', message: `worker ${threadId}` }] } };
  });
  post({ indices, results });
});
post({ ready: true });
