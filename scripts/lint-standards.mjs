// What `npm run lint:standards` runs: the linter of lint-standards.ts, bundled
// into plain JavaScript (built on first use and after every source change, see
// lib/linter-bundle.mjs), so a run does not pay for compiling TypeScript.
// `tsx scripts/lint-standards.ts` runs the same linter from source.
//
// The npm script starts node with two garbage-collector settings, measured
// on 1,000 and 10,000 synthetic documents on two cores (they only change speed
// and memory, never results, so plain `node scripts/lint-standards.mjs` works too):
// --max-semi-space-size=32   parsing keeps a whole document's tree alive among
//                            many short-lived objects; twice V8's default young
//                            generation copies it half as often (workers get
//                            the same through resourceLimits, see lint/parallel.ts)
// --single-threaded-gc       with this thread and a worker busy on two cores,
//                            helper threads for the collector only compete with
//                            them: about 8 % less CPU time
//
// Two more V8 settings are made here rather than on the command line, because
// node refuses to start with a V8 flag it does not know, while a flag set from
// code is at worst ignored (with a line on stderr). Flags set here reach the
// worker threads as well.
// --heap-growing-percent     how far the heap may grow past what is live
//                            before a full collection: at most double. V8's
//                            own choice let 10,000 documents peak at 1.1 GB;
//                            with this, 0.75 GB, for no more CPU, and the heap
//                            still has no fixed ceiling (a cap on its size
//                            did the same, but would fail on a huge corpus)
// --interrupt-budget         how much a function runs before V8 considers
//                            optimising it; 8 times V8's default (66 KB on
//                            Node 20). A lint is short, so optimising code
//                            that runs a little costs more than it saves:
//                            about a fifth less CPU for 100 documents, and
//                            less for 1,000 and 10,000 too (measured with
//                            2, 4, 8 and 16 times the default)
import path from 'node:path';
import v8 from 'node:v8';
import { ensureLinterBundle } from './lib/linter-bundle.mjs';

v8.setFlagsFromString('--heap-growing-percent=100');
v8.setFlagsFromString('--interrupt-budget=540672');

await import(await ensureLinterBundle(path.resolve(import.meta.dirname, '..')));
