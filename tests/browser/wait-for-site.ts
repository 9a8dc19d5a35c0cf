// Before a browser test file's own hooks: wait until the portal build it reads
// (tests/browser/builds.ts) is done, and fail the file with the build's output if it failed.
import { beforeAll, inject } from 'vitest';
import { BUILD_STATUS_PATH, buildFor } from './builds.js';

// The first argument is the (empty) fixtures of vitest, the second the file being run.
beforeAll(async ({}, suite) => {
  const file = 'filepath' in suite ? suite.filepath : suite.file.filepath;
  const name = buildFor(file);
  const site = inject('sites')[name];
  if (!site) throw new Error(`This run made no "${name}" build for ${file} (tests/browser/global-setup.ts)`);
  // The server answers within 30 s: 202 while the build runs.
  for (;;) {
    const response = await fetch(site.url + BUILD_STATUS_PATH);
    if (response.status === 202) continue;
    if (!response.ok) throw new Error(`The "${name}" portal build failed:\n${await response.text()}`);
    return;
  }
}, 40 * 60_000);
