import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests, and browser tests that need one real site build
// (made once in global setup). `npx vitest run --project unit` skips the build.
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
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores and the build just used both.
          fileParallelism: false,
        },
      },
    ],
  },
});
