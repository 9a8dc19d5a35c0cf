// What `npm run lint:standards` runs: the linter of lint-standards.ts, bundled
// into plain JavaScript (built on first use and after every source change, see
// lib/linter-bundle.mjs), so a run does not pay for compiling TypeScript.
// `tsx scripts/lint-standards.ts` runs the same linter from source.
import path from 'node:path';
import { ensureLinterBundle } from './lib/linter-bundle.mjs';

await import(await ensureLinterBundle(path.resolve(import.meta.dirname, '..')));
