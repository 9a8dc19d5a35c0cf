// The dev server's browser bundle, compiled lazily: opt-in, `SCS_DEV_LAZY=true
// npm run dev` (issue #13: at 1,000 documents a body edit took 15 s to show,
// most of it the bundler's rebuild over about 3,000 routes: every page's props,
// metadata and content module is a chunk of its own).
//
// Docusaurus's route table loads each page's modules with a dynamic import.
// With rspack's lazy compilation, such an import is compiled only once the
// browser asks for it (the page is opened, or a link to it is preloaded); until
// then it is a small stand-in module. The browser asks for a module through the
// dev server (rspack's middleware, below); the dev server of Docusaurus
// (webpack-dev-server) does not add that middleware itself.
//
// Why not by default: measured with `npm run bench:dev` at 1,000 documents on a
// shared, loaded machine, the rebuild after a body edit took 4-7 s with it (load
// 16-17) and 9-11 s without it (load 18-27): perhaps a gain, not the 2 s asked
// for, and not measured at equal load. And at 100 documents, and once by hand at
// 1,000, the first edit after a page was opened was compiled but never shown in
// the page (later edits were). Until that is understood, the dev server compiles
// everything at its start, as before.
//
// Dev server, browser bundle, rspack only: a production build, the server
// bundle and webpack are left as they are.
import { createRequire } from 'node:module';

/** The middleware rspack's lazy compilation needs in the dev server, per compiler. */
type Middleware = (request: { url?: string }, response: unknown, next: (error?: unknown) => void) => unknown;

interface CompilerLike {
  options: { lazyCompilation?: unknown };
}

interface DevServerConfig {
  setupMiddlewares?: (middlewares: unknown[], devServer: unknown) => unknown[];
}

/**
 * Whether the browser bundle of this run is compiled lazily: asked for
 * (`SCS_DEV_LAZY` is `true`, `1`, `on` or `yes`), in the dev server
 * (development mode, browser bundle), with rspack. Pure.
 */
export function useLazyCompilation(input: { isServer: boolean; mode: string | undefined; bundler: string | undefined; env: string | undefined }): boolean {
  if (input.isServer || input.mode !== 'development' || input.bundler !== 'rspack') return false;
  return /^(?:true|1|on|yes)$/i.test(input.env?.trim() ?? '');
}

/**
 * The configuration fragment for the dev server's browser bundle: lazy
 * compilation of dynamic imports (the entry stays eager: every page needs
 * it), a plugin that creates rspack's middleware when the compiler is made
 * (the middleware puts rspack's lazy-compilation plugin on the compiler, which
 * must happen before the first compilation), and the dev server's middlewares
 * with it first. `lazyCompilationMiddleware` is rspack's (injected for tests).
 */
export function lazyDevFragment(options: { lazyCompilationMiddleware?: (compiler: never) => Middleware } = {}) {
  const create = options.lazyCompilationMiddleware ?? loadRspackMiddleware();
  let middleware: Middleware | undefined;
  const devServer: DevServerConfig = {
    // Docusaurus's dev server has a `setupMiddlewares` of its own; the two are merged by calling both with
    // the same list and joining what they return. This one adds to the list and returns nothing new, so the
    // list is not doubled.
    setupMiddlewares: (middlewares) => {
      if (middleware) middlewares.unshift({ name: 'scs-lazy-compilation', middleware });
      return [];
    },
  };
  return {
    lazyCompilation: { entries: false, imports: true },
    plugins: [
      {
        name: 'scs-lazy-compilation',
        apply(compiler: CompilerLike) {
          middleware = create(compiler as never);
        },
      },
    ],
    devServer,
  };
}

function loadRspackMiddleware(): (compiler: never) => Middleware {
  const rspack = createRequire(import.meta.url)('@rspack/core') as { lazyCompilationMiddleware?: (compiler: never) => Middleware };
  if (typeof rspack.lazyCompilationMiddleware !== 'function') throw new Error('@rspack/core has no lazyCompilationMiddleware (rspack 1.5 or later is needed)');
  return rspack.lazyCompilationMiddleware;
}
