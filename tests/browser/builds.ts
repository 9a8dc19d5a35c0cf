// Which portal build each browser test file reads. The builds are made by
// tests/browser/global-setup.ts, one after the other and in the background
// while the unit tests run; a browser test file waits for its own build only
// (tests/browser/wait-for-site.ts), and a run starts only the builds its files need.

export type BuildName = 'main' | 'hostile' | 'scale';

/** Every build, in the order they are made (the cheapest first, the one most files need first of all). */
export const BUILD_ORDER: readonly BuildName[] = ['main', 'hostile', 'scale'];

export interface SiteInfo {
  /** http://127.0.0.1:PORT, answered once the build is done (see site-builds.ts). */
  url: string;
  /** The built site's folder; read it only after the file's build is done. */
  dir: string;
  /** The corpus folder the site is built from (written when the build starts). */
  corpus: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The main build (our Standards/), as before: most files read these two. */
    siteUrl: string;
    siteDir: string;
    /** Every build of this run, by name. */
    sites: Partial<Record<BuildName, SiteInfo>>;
  }
}

/**
 * The build a test file reads: the hostile-content fixture's own site, the
 * 1,000 generated documents of the page-weight test, or (every other file) the site of our own corpus.
 */
export function buildFor(testFile: string): BuildName {
  const name = testFile.split(/[\\/]/).pop() ?? '';
  if (name === 'hostile-content.test.ts') return 'hostile';
  if (name === 'page-weight-1000.test.ts') return 'scale';
  return 'main';
}

/** The path a site's server answers with the build's outcome (200, or 500 and the build's output). */
export const BUILD_STATUS_PATH = '/__scs-test-build';
