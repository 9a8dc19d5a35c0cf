import os from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './tests/sequencer.mjs';

// Two projects: fast unit tests, and browser tests that need real site builds
// (started in global setup, in the background, so the unit tests run meanwhile;
// see tests/browser/builds.ts). `npx vitest run --project unit` skips the builds.
//
// Both projects share the same workers, so a browser file runs beside unit files instead of after
// all of them: much of a browser test is waiting (for a page, for the network to be idle), and the
// builds the browser files read are made meanwhile. vitest's default on two cores is one worker for
// everything. tests/sequencer.mts starts the longest files first.
const WORKERS = Math.max(2, os.availableParallelism() - 1);

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        // Components are rendered to HTML in a few unit tests; the site's tsconfig leaves JSX to the bundler.
        oxc: { jsx: { runtime: 'automatic' } },
        test: {
          name: 'unit',
          include: ['plugins/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/browser/**', '**/node_modules/**'],
          testTimeout: 30_000,
          maxWorkers: WORKERS,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // The portal builds start in the background (global setup); each file waits for its own.
          globalSetup: ['tests/browser/global-setup.ts'],
          setupFiles: ['tests/browser/wait-for-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: WORKERS,
          // Tests marked concurrent (pages that are mostly waited for) run this many at a time within a file.
          maxConcurrency: 4,
        },
      },
    ],
  },
});
