// What `npm run lint:standards` runs: the linter of lint-standards.ts, bundled
// into plain JavaScript (built on first use and after every source change, see
// lib/linter-bundle.mjs), so a run does not pay for compiling TypeScript.
// `tsx scripts/lint-standards.ts` runs the same linter from source.
//
// The npm script starts node with three garbage-collector settings, measured
// on 1,000 and 10,000 synthetic documents on two cores (they only change speed
// and memory, never results, so plain `node scripts/lint-standards.mjs` works too):
// --max-semi-space-size=32   parsing keeps a whole document's tree alive among
//                            many short-lived objects; twice V8's default young
//                            generation copies it half as often (workers get
//                            the same through resourceLimits, see lint/parallel.ts)
// --max-old-space-size=2000  below 2 GB V8 lets the heap grow to about twice the
//                            live data between full collections instead of four
//                            times: 10,000 documents peak at about 0.6 GB, not 1.2
// --single-threaded-gc       with this thread and a worker busy on two cores,
//                            helper threads for the collector only compete with
//                            them: about 8 % less CPU time
import path from 'node:path';
import { ensureLinterBundle } from './lib/linter-bundle.mjs';

await import(await ensureLinterBundle(path.resolve(import.meta.dirname, '..')));
