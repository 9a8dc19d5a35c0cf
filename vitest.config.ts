import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['plugins/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
