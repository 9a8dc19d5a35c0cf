// The portal builds of the browser tests, made in vitest's main process (global
// setup) one after the other and in the background, so the unit tests run
// meanwhile instead of waiting for them. Each build gets its server at once: a
// request to it waits until the build is done, and BUILD_STATUS_PATH tells a test
// file whether it succeeded (tests/browser/wait-for-site.ts).
//
// One at a time: their peak memory never adds up (the 1,000-document build alone
// peaks near 2 GB). Each build has its own generated-files folder and no persistent
// bundler cache, so none of them reads or writes what a unit test's build in the
// repository folder (tests/portal-build.test.ts) is using at the same moment.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createSyntheticCorpus } from '../../plugins/standards/bench/synthetic-corpus.js';
import { treeRssBytes } from '../../plugins/standards/bench/measure.js';
import { staticHandler } from '../../scripts/lib/static-server.js';
import { BUILD_STATUS_PATH, type BuildName, type SiteInfo } from './builds.js';

const REPO = path.resolve(import.meta.dirname, '../..');

/** The number of generated documents of tests/browser/page-weight-1000.test.ts. */
export const SCALE_DOCUMENTS = 1_000;

interface BuildRecipe {
  /** Said in the log line and in a failure. */
  label: string;
  timeoutMs: number;
  /** Our own corpus folder, or none when `corpus` writes one. */
  fixed?: string;
  /** Writes the corpus into `corpusDir` (empty, made for it). */
  corpus(corpusDir: string): Promise<void>;
  /** The command, run in the repository folder. */
  command(outDir: string): [string, string[]];
}

const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
const DOCUSAURUS = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
/** `npm run build`: the site, then its Pagefind index. */
const fullBuild = (outDir: string): [string, string[]] => [TSX, ['scripts/build.ts', '--out-dir', outDir]];

const RECIPES: Record<BuildName, BuildRecipe> = {
  main: {
    label: 'our corpus (Standards/)',
    timeoutMs: 10 * 60_000,
    fixed: path.join(REPO, 'Standards'),
    corpus: async () => undefined,
    command: fullBuild,
  },
  hostile: {
    // Six documents instead of our whole corpus: they link only to one another, and the handbook shows
    // links to standards a corpus lacks as text (tests/portal-corpus.test.ts), so none of ours is needed.
    label: 'the hostile-content fixture',
    timeoutMs: 10 * 60_000,
    corpus: async (dir) => {
      // Every file of the fixture, active types included.
      for (const name of await readdir(path.join(REPO, 'tests/fixtures/hostile-content'))) {
        await copyFile(path.join(REPO, 'tests/fixtures/hostile-content', name), path.join(dir, name));
      }
    },
    command: fullBuild,
  },
  scale: {
    label: `${SCALE_DOCUMENTS.toLocaleString('en')} generated documents`,
    timeoutMs: 25 * 60_000,
    corpus: async (dir) => {
      await createSyntheticCorpus(dir, SCALE_DOCUMENTS);
    },
    // `docusaurus build` alone, without the Pagefind step of `npm run build`: the pages load no
    // script of the search index until a query is typed, and the test checks that no page it
    // weighs asked for /pagefind/ (tests/browser/page-weight-1000.test.ts).
    command: (outDir) => [process.execPath, [DOCUSAURUS, 'build', '--out-dir', outDir]],
  },
};

export interface BuildOutcome {
  ok: boolean;
  seconds: number;
  /** Peak of the summed resident memory of the build's process tree, sampled every 250 ms (0 where /proc is missing). */
  peakRssBytes: number;
  /** The end of the build's output, when it failed. */
  output: string;
}

export interface QueuedSite extends SiteInfo {
  name: BuildName;
  done: Promise<BuildOutcome>;
}

export interface SiteQueue {
  sites: QueuedSite[];
  /** Stops a build still running, closes the servers, removes every folder. */
  close(): Promise<void>;
}

/**
 * Starts the builds named (in the order given), one after the other, each as on `day` (STANDARDS_DATE),
 * and a server for each right away.
 */
export async function startSiteBuilds(names: readonly BuildName[], day: string, log: (line: string) => void): Promise<SiteQueue> {
  const temporary: string[] = [];
  const servers: Server[] = [];
  const running = new Set<number>();
  let closed = false;
  let previous: Promise<unknown> = Promise.resolve();
  const sites: QueuedSite[] = [];

  for (const name of names) {
    const recipe = RECIPES[name];
    const dir = await mkdtemp(path.join(os.tmpdir(), `scs-portal-test-${name}-`));
    temporary.push(dir);
    const corpus = recipe.fixed ?? (await mkdtemp(path.join(os.tmpdir(), `scs-portal-test-${name}-corpus-`)));
    if (!recipe.fixed) temporary.push(corpus);
    const done = previous.then(async (): Promise<BuildOutcome> => {
      if (closed) return { ok: false, seconds: 0, peakRssBytes: 0, output: 'the test run ended before this build started' };
      await recipe.corpus(corpus);
      const generated = `.docusaurus-test-${name}-${process.pid}`;
      try {
        const [command, args] = recipe.command(dir);
        const outcome = await run(command, args, {
          env: { ...process.env, STANDARDS_DATE: day, STANDARDS_DIR: corpus, DOCUSAURUS_GENERATED_FILES_DIR_NAME: generated, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true' },
          timeoutMs: recipe.timeoutMs,
          running,
        });
        const figures = `in ${outcome.seconds.toFixed(0)} s, peak ${(outcome.peakRssBytes / 1024 ** 2).toFixed(0)} MB`;
        const said = outcome.ok ? `Portal built for browser tests from ${recipe.label} as on ${day}` : closed ? `The portal build from ${recipe.label} was stopped at the end of the run` : `The portal build from ${recipe.label} failed`;
        log(`${said} ${figures}`);
        return outcome;
      } finally {
        await rm(path.join(REPO, generated), { recursive: true, force: true });
      }
    });
    // The next build starts when this one has ended, whether it failed or not.
    previous = done.catch(() => undefined);
    const guarded = done.catch((error: Error): BuildOutcome => ({ ok: false, seconds: 0, peakRssBytes: 0, output: error.stack ?? error.message }));
    const url = await deferredServer(dir, guarded, servers);
    sites.push({ name, url, dir, corpus, done: guarded });
  }

  return {
    sites,
    async close() {
      closed = true;
      for (const pid of running) killTree(pid);
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
      await Promise.all(sites.map((site) => site.done));
      await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

/** A server for `dir` that holds every request until the build is done; BUILD_STATUS_PATH answers within 30 s (202 while building). */
async function deferredServer(dir: string, done: Promise<BuildOutcome>, servers: Server[]): Promise<string> {
  const serve = staticHandler(dir);
  let outcome: BuildOutcome | undefined;
  void done.then((value) => (outcome = value));
  const server = createServer(async (request, response) => {
    if (request.url === BUILD_STATUS_PATH) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const waited = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), 30_000);
      });
      const result = outcome ?? (await Promise.race([done, waited]));
      clearTimeout(timer);
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.statusCode = result === undefined ? 202 : result.ok ? 200 : 500;
      return void response.end(result === undefined ? 'building' : result.ok ? 'built' : result.output);
    }
    const result = outcome ?? (await done);
    if (!result.ok) {
      response.statusCode = 503;
      return void response.end('The build of this site failed');
    }
    await serve(request, response);
  });
  // Requests held while building must not be cut by Node's default timeouts.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function run(command: string, args: string[], options: { env: NodeJS.ProcessEnv; timeoutMs: number; running: Set<number> }): Promise<BuildOutcome> {
  const started = Date.now();
  // A process group of its own, so a timeout or the end of the run can stop the whole tree.
  const child = spawn(command, args, { cwd: REPO, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  let outputLength = 0;
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    outputLength += chunk.length;
    // The start and the end are what a failure needs; the middle of a long log is not.
    while (outputLength > 256 * 1024 && output.length > 2) outputLength -= output.splice(1, 1)[0]!.length;
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, ownRssBytes(child.pid) + treeRssBytes(child.pid));
  }, 250);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) killTree(child.pid);
  }, options.timeoutMs);
  if (child.pid !== undefined) options.running.add(child.pid);
  return new Promise((resolve) => {
    let finished = false;
    const finish = (code: number | null, error?: Error) => {
      if (finished) return;
      finished = true;
      clearInterval(sampler);
      clearTimeout(timer);
      if (child.pid !== undefined) options.running.delete(child.pid);
      const ok = code === 0 && !error;
      const text = output.join('');
      const why = error ? `${error.message}\n` : timedOut ? `timed out after ${options.timeoutMs / 1000} s\n` : code !== 0 ? `exit code ${code}\n` : '';
      resolve({ ok, seconds: (Date.now() - started) / 1000, peakRssBytes: peak, output: ok ? '' : `${why}${text.slice(0, 2000)}\n…\n${text.slice(-6000)}` });
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code));
  });
}

function killTree(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function ownRssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
