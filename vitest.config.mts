import os from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './tests/sequencer.mjs';
import { SUITE_DAY_VARIABLE, suiteDayFromEnv } from './tests/suite-day.mjs';

// Two projects: fast unit tests, and browser tests that need real site builds
// (started in global setup, in the background, so the unit tests run meanwhile;
// see tests/browser/builds.ts). `npx vitest run --project unit` skips the builds.
//
// Both projects share the same workers, so a browser file runs beside unit files instead of after
// all of them: much of a browser test is waiting (for a page, for the network to be idle), and the
// builds the browser files read are made meanwhile. vitest's default on two cores is one worker for
// everything. tests/sequencer.mts starts the longest files first.
const WORKERS = Math.max(2, os.availableParallelism() - 1);

// The day this run is about, fixed once as it starts (SCS_SUITE_DAY, else today in UTC): every test
// file reads it with inject('suiteDay'), the portal builds of global setup are made as on it and the
// browser pages are read on it, so the run's result does not depend on the clock (tests/suite-day.mts).
const SUITE_DAY = suiteDayFromEnv(process.env);
if (process.env[SUITE_DAY_VARIABLE]) console.log(`Suite day ${SUITE_DAY} (${SUITE_DAY_VARIABLE})`);

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
    sequence: { sequencer: LongestFirstSequencer },
    // Every project inherits what the root provides.
    provide: { suiteDay: SUITE_DAY },
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
