// The order vitest hands the test files of both projects to its workers (vitest.config.mts).
// Unit and browser files share the workers, so the order decides how well a run is packed:
// the longest files start first (a long file started last is a tail no other worker can share),
// and the files that read the 1,000-document build start last of all: that build is made after
// the others (tests/browser/builds.ts), and a worker waiting for it does nothing else meanwhile.
// Only the order changes here: every file runs, each once.
//
// Self-contained (no import of the test helpers): vitest loads it with its configuration.
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds the longest files took in a clean-clone run of the whole suite (rounded), for a clone
 * that has no results of its own yet (CI). vitest's cache of the last run's durations, where there
 * is one, comes first; a file named nowhere counts by its size (larger first).
 */
export const KNOWN_SECONDS: Readonly<Record<string, number>> = {
  'tests/browser/accessibility.test.ts': 120,
  'tests/portal-corpus.test.ts': 77,
  'tests/browser/hostile-content.test.ts': 75,
  'tests/browser/portal.test.ts': 37,
  'tests/portal-build.test.ts': 35,
  'tests/browser/registry-dates.test.ts': 31,
  'tests/browser/page-weight.test.ts': 27,
  'tests/workflow-git.test.ts': 25,
  'tests/browser/scopes.test.ts': 23,
  'tests/browser/dev-server.test.ts': 18,
  'scripts/lint-standards.test.ts': 17,
  'tests/browser/search.test.ts': 16,
};

/** The browser files that read the build made last (the "scale" build of tests/browser/builds.ts; a unit test keeps the two in step). */
export const READS_LAST_BUILD: ReadonlySet<string> = new Set(['tests/browser/page-weight-1000.test.ts']);

export interface FileToOrder {
  /** Relative to the repository, with `/`. */
  file: string;
  /** Seconds of the last run, when vitest remembers them. */
  cachedSeconds?: number;
  size: number;
}

/** The files in the order to start them. */
export function startOrder<T extends FileToOrder>(files: readonly T[]): T[] {
  const key = (entry: T) => ({
    last: READS_LAST_BUILD.has(entry.file) ? 1 : 0,
    seconds: entry.cachedSeconds ?? KNOWN_SECONDS[entry.file] ?? 0,
  });
  return [...files].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka.last - kb.last || kb.seconds - ka.seconds || b.size - a.size || a.file.localeCompare(b.file);
  });
}

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(specs: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const entries = specs.map((spec) => {
      const file = path.relative(root, spec.moduleId).split(path.sep).join('/');
      const cacheKey = `${spec.project.name}:${file}`;
      const duration = this.ctx.cache.getFileTestResults(cacheKey)?.duration;
      return { spec, file, cachedSeconds: duration === undefined ? undefined : duration / 1000, size: this.ctx.cache.getFileStats(cacheKey)?.size ?? 0 };
    });
    return startOrder(entries).map((entry) => entry.spec);
  }
}
