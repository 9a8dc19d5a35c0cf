// Builds the portal once from our own corpus, serves it on 127.0.0.1 and hands
// the URL to the browser tests. Chromium is installed here if it is missing.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/lib/chromium.js';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

const BUILD_TIMEOUT_MS = 10 * 60_000;

let server: StaticServer | undefined;
let outDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  ensureChromium((line) => console.log(line));
  outDir = await mkdtemp(path.join(os.tmpdir(), 'scs-portal-test-'));
  const started = Date.now();
  await promisify(execFile)('node_modules/.bin/tsx', ['scripts/build.ts', '--out-dir', outDir], {
    timeout: BUILD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, STANDARDS_DIR: 'Standards' },
  }).catch((error: Error & { stdout?: string; stderr?: string }) => {
    throw new Error(`The portal build failed:\n${error.stderr?.slice(-4000) ?? ''}\n${error.stdout?.slice(-2000) ?? ''}`, { cause: error });
  });
  console.log(`Portal built for browser tests in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  server = await startStaticServer(outDir);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', outDir);
}

export async function teardown(): Promise<void> {
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
}
