// The order the test files start in (tests/sequencer.mts): it must stay in step with the builds the
// browser files read (tests/browser/builds.ts), and only reorder, never drop or repeat a file.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_ORDER, buildFor } from './browser/builds.js';
import { KNOWN_SECONDS, READS_LAST_BUILD, startOrder } from './sequencer.mjs';

describe('the start order of the test files', () => {
  it('puts last exactly the browser files that read the build made last', () => {
    const browserFiles = readdirSync('tests/browser').filter((name) => name.endsWith('.test.ts')).map((name) => `tests/browser/${name}`);
    expect(browserFiles.filter((file) => buildFor(file) === BUILD_ORDER.at(-1)).sort()).toEqual([...READS_LAST_BUILD].sort());
  });

  it('names only files that exist', () => {
    for (const file of [...Object.keys(KNOWN_SECONDS), ...READS_LAST_BUILD]) expect(existsSync(file), file).toBe(true);
  });

  it('starts the longest first (last run\'s seconds, else the known ones, else the larger file), the last build\'s readers after all others', () => {
    const files = [
      { file: 'tests/browser/page-weight-1000.test.ts', size: 100 },
      { file: 'tests/small.test.ts', size: 10 },
      { file: 'tests/large.test.ts', size: 90_000 },
      { file: 'tests/portal-corpus.test.ts', size: 5 },
      { file: 'tests/browser/accessibility.test.ts', size: 5 },
      { file: 'tests/was-slow.test.ts', size: 1, cachedSeconds: 500 },
      { file: 'tests/browser/portal.test.ts', size: 5, cachedSeconds: 0.5 },
    ];
    expect(startOrder(files).map((entry) => entry.file)).toEqual([
      'tests/was-slow.test.ts',
      'tests/browser/accessibility.test.ts',
      'tests/portal-corpus.test.ts',
      'tests/browser/portal.test.ts',
      'tests/large.test.ts',
      'tests/small.test.ts',
      'tests/browser/page-weight-1000.test.ts',
    ]);
    // Every file once, none added.
    expect(startOrder(files)).toHaveLength(files.length);
    expect(new Set(startOrder(files))).toEqual(new Set(files));
  });
});
