// `npm run dev` on a corpus (issue #13): how long the development server takes
// until a document page shows, and how long from saving an edit to one
// document until the browser shows the edit. The server runs on 127.0.0.1 with
// a generated-files folder of its own; the edited file is the corpus's copy.
import { spawn } from 'node:child_process';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';

export interface DevLatency {
  /** Start of the process to the document page showing its title. */
  readySeconds: number;
  /** Edit saved to the edit visible in the open page (median of the edits). */
  editSeconds: number | null;
  edits: number[];
  /** Per edit, whether the page was loaded again (a full reload) rather than updated in place (hot module replacement). */
  fullReloads: boolean[];
  /**
   * Per edit, seconds from the save to the end of the bundler's last compilation before the edit showed (the
   * server's work: our plugin and the bundler); the rest, to `edits`, is the browser fetching and applying the
   * update. Null when no compilation ended in between.
   */
  compiled: Array<number | null>;
  problem: string | null;
}

export interface DevLatencyOptions {
  repoRoot: string;
  corpusDir: string;
  /** The file name of the document to open and edit. */
  documentFile: string;
  browser: Browser;
  edits?: number;
  /** What each edit changes: a paragraph appended to the body (default), or the title in the front matter. */
  editKind?: 'body' | 'title';
  readyTimeoutMs?: number;
  editTimeoutMs?: number;
  /** More environment for the server (e.g. `DOCUSAURUS_PERF_LOGGER`). */
  env?: Record<string, string>;
  /** Every chunk the server prints, as it comes. */
  onOutput?: (text: string) => void;
  /** Moments of the measurement (an edit saved, shown), for reading beside the server's output. */
  onEvent?: (what: string) => void;
}

export interface DevServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Everything it printed so far. */
  output: string[];
  /** When each compilation of the browser bundle ended (`performance.now()`; the server prints a line each time). */
  compilations: number[];
  /** Resolves with the exit code when the process has ended. */
  exited: Promise<number | null>;
  /** Ends the server's process group and removes its generated-files folder. */
  close(): Promise<void>;
}

/**
 * `docusaurus start` on `corpusDir` (STANDARDS_DIR), on 127.0.0.1 and a free
 * port, with a generated-files folder of its own. It answers before its first
 * compilation is done: wait for a page yourself.
 */
export async function startDevServer(options: { repoRoot: string; corpusDir: string; env?: Record<string, string>; onOutput?: (text: string) => void }): Promise<DevServer> {
  const port = await freePort();
  // Named so that .gitignore covers it when an interrupted run leaves it behind.
  const generated = `.docusaurus-bench-dev-${process.pid}-${port}`;
  const docusaurus = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
  const child = spawn(process.execPath, [docusaurus, 'start', '--host', '127.0.0.1', '--port', String(port), '--no-open'], {
    cwd: options.repoRoot,
    env: { ...process.env, ...options.env, STANDARDS_DIR: options.corpusDir, DOCUSAURUS_GENERATED_FILES_DIR_NAME: generated, BROWSER: 'none' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const compilations: number[] = [];
  const collect = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (COMPILED.test(chunk.toString('utf8'))) compilations.push(performance.now());
    options.onOutput?.(chunk.toString('utf8'));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    output,
    compilations,
    exited,
    async close() {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
      await exited;
      await rm(path.join(options.repoRoot, generated), { recursive: true, force: true });
    },
  };
}

export async function measureDevLatency(options: DevLatencyOptions): Promise<DevLatency> {
  const { repoRoot, corpusDir, documentFile, browser } = options;
  const started = performance.now();
  const server = await startDevServer({ repoRoot, corpusDir, env: options.env, onOutput: options.onOutput });
  const { output, compilations, exited } = server;

  const file = path.join(corpusDir, documentFile);
  const original = await readFile(file, 'utf8');
  const page = await browser.newPage();
  try {
    const url = `${server.url}/standards/${documentFile.replace(/\.md$/, '')}`;
    const readyBy = Date.now() + (options.readyTimeoutMs ?? 15 * 60_000);
    // The server answers before its first compilation is done; retry until the page shows its heading.
    for (;;) {
      if (Date.now() > readyBy) return failed(started, 'the dev server did not show the page in time', output);
      const done = await Promise.race([exited.then(() => 'exited' as const), sleep(2_000).then(() => 'waiting' as const)]);
      if (done === 'exited') return failed(started, 'the dev server exited', output);
      const shown = await page
        .goto(url, { waitUntil: 'load', timeout: 60_000 })
        .then(() => page.locator('main h1').first().waitFor({ timeout: 60_000 }))
        .then(() => true, () => false);
      if (shown) break;
    }
    const readySeconds = (performance.now() - started) / 1000;
    // Let the server settle (first compilation's late work) before timing edits.
    await sleep(3_000);
    const edits: number[] = [];
    const fullReloads: boolean[] = [];
    const compiled: Array<number | null> = [];
    let loads = 0;
    page.on('load', () => loads++);
    for (let index = 0; index < (options.edits ?? 3); index++) {
      const loadsBefore = loads;
      const marker = `Benchmark edit ${index} ${Date.now().toString(36)}`;
      const savedAt = performance.now();
      if (options.editKind === 'title') await writeFile(file, withTitle(await readFile(file, 'utf8'), marker));
      else await appendFile(file, `\n${marker}.\n`);
      options.onEvent?.(`edit ${index} saved`);
      const visible = await page
        .getByText(marker)
        .first()
        .waitFor({ timeout: options.editTimeoutMs ?? 60_000 })
        .then(() => true, () => false);
      if (!visible) return { readySeconds, editSeconds: null, edits, fullReloads, compiled, problem: `edit ${index} did not show within the time limit` };
      const shownAt = performance.now();
      edits.push((shownAt - savedAt) / 1000);
      compiled.push(lastBetween(compilations, savedAt, shownAt));
      fullReloads.push(loads > loadsBefore);
      options.onEvent?.(`edit ${index} shown after ${edits.at(-1)!.toFixed(2)} s${loads > loadsBefore ? ' (page loaded again)' : ''}`);
      await sleep(1_500);
    }
    const sorted = [...edits].sort((a, b) => a - b);
    return { readySeconds, editSeconds: sorted[Math.floor(sorted.length / 2)] ?? null, edits, fullReloads, compiled, problem: null };
  } finally {
    await page.close();
    await writeFile(file, original);
    await server.close();
  }
}

/** The document with `marker` as its title (front matter `title:`, a line of its own). */
export function withTitle(text: string, marker: string): string {
  const edited = text.replace(/^title:.*$/m, `title: ${JSON.stringify(marker)}`);
  if (edited === text) throw new Error('the document has no `title:` line to edit');
  return edited;
}

function failed(started: number, why: string, output: string[]): DevLatency {
  const tail = output.join('').trim().split('\n').slice(-10).join('\n');
  return { readySeconds: (performance.now() - started) / 1000, editSeconds: null, edits: [], fullReloads: [], compiled: [], problem: `${why}:\n${tail}` };
}

/** What the dev server prints when a compilation of the browser bundle ends (with or without errors). */
const COMPILED = /\bcompiled (?:successfully|with )/i;

/** Seconds from `from` to the last moment of `moments` in [from, to], or null. Pure. */
export function lastBetween(moments: readonly number[], from: number, to: number): number | null {
  const inside = moments.filter((moment) => moment >= from && moment <= to);
  return inside.length === 0 ? null : (inside.at(-1)! - from) / 1000;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
