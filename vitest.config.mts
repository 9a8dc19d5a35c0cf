import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests, and browser tests that need real site builds
// (started in global setup, in the background, so the unit tests run meanwhile;
// see tests/browser/builds.ts). `npx vitest run --project unit` skips the builds.
export default defineConfig({
  test: {
    projects: [
      {
        // Components are rendered to HTML in a few unit tests; the site's tsconfig leaves JSX to the bundler.
        oxc: { jsx: { runtime: 'automatic' } },
        test: {
          name: 'unit',
          include: ['plugins/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/browser/**', '**/node_modules/**'],
          testTimeout: 30_000,
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
          // One Chromium at a time: the machine has two cores, and a portal build may still be running.
          fileParallelism: false,
        },
      },
    ],
  },
});
