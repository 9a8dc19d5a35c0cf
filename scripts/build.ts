// npm run build -- [options of `docusaurus build`, e.g. --out-dir DIR]
// The portal in two steps, one after the other: `docusaurus build`, then the
// offline search index over the built pages (Pagefind), unless Algolia is
// configured. Separate processes, so the indexer's memory never adds to the
// build's: on 1,000 documents Pagefind takes about 0.35 GB, and the build, which
// peaked at 2.8 GB, about 1.0-1.1 GB since its server bundle renders the
// standards pages through one route, each from a data file written before it
// compiles (plugins/standards/docusaurus/server-pages.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveStandardsDir } from '../plugins/standards/docusaurus/corpus.js';
import { runPagefind } from '../plugins/standards/docusaurus/post-build.js';
import { BUILD_FINISHED_ENV, judgeBuildExit } from '../plugins/standards/docusaurus/build-finished.js';
import { searchConfigFromEnv } from '../plugins/standards/search/config.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/** The value of `--out-dir DIR` or `--out-dir=DIR` (Docusaurus reads it relative to the site), else `build`. */
export function outDirOf(args: readonly string[]): string {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--out-dir' && args[index + 1] !== undefined) return path.resolve(REPO_ROOT, args[index + 1]!);
    if (arg.startsWith('--out-dir=')) return path.resolve(REPO_ROOT, arg.slice('--out-dir='.length));
  }
  return path.join(REPO_ROOT, 'build');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  // A standards folder that does not exist is said in one line here, before Docusaurus starts and wraps it in a stack trace.
  resolveStandardsDir(REPO_ROOT, process.env.STANDARDS_DIR);
  const docusaurus = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
  if (args.includes('--help') || args.includes('-h')) {
    return spawnSync(process.execPath, [docusaurus, 'build', ...args], { cwd: REPO_ROOT, stdio: 'inherit' }).status ?? 1;
  }
  const markerDir = mkdtempSync(path.join(tmpdir(), 'scs-build-'));
  const marker = path.join(markerDir, 'finished');
  try {
    const build = spawnSync(process.execPath, [docusaurus, 'build', ...args], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: { ...process.env, [BUILD_FINISHED_ENV]: marker },
    });
    const verdict = judgeBuildExit({ status: build.status, signal: build.signal, finished: existsSync(marker) });
    if (verdict.message) console.error(verdict.message);
    if (verdict.code !== 0) return verdict.code;
  } finally {
    rmSync(markerDir, { recursive: true, force: true });
  }
  if (searchConfigFromEnv(process.env).algolia) {
    console.log('[scs-search] Algolia is configured: no offline index (push records with `npm run search:index`)');
    return 0;
  }
  const started = Date.now();
  const summary = await runPagefind(outDirOf(args));
  console.log(`[scs-search] Pagefind indexed ${summary.pages} pages into ${(summary.bytes / 1024).toFixed(0)} KB in ${Date.now() - started} ms`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
