import { describe, expect, it } from 'vitest';
import { lazyDevFragment, useLazyCompilation } from './dev-bundler.js';

describe('useLazyCompilation', () => {
  const dev = { isServer: false, mode: 'development', bundler: 'rspack', env: 'true' };

  it('is on for the dev server\'s browser bundle with rspack when SCS_DEV_LAZY asks for it', () => {
    for (const env of ['true', 'TRUE', '1', 'on', ' yes ']) expect(useLazyCompilation({ ...dev, env })).toBe(true);
  });

  it('is off for production builds, the server bundle and webpack', () => {
    expect(useLazyCompilation({ ...dev, mode: 'production' })).toBe(false);
    expect(useLazyCompilation({ ...dev, mode: undefined })).toBe(false);
    expect(useLazyCompilation({ ...dev, isServer: true })).toBe(false);
    expect(useLazyCompilation({ ...dev, bundler: 'webpack' })).toBe(false);
  });

  it('is off unless SCS_DEV_LAZY asks for it', () => {
    for (const env of [undefined, '', 'false', 'FALSE', '0', 'off', ' no ', 'maybe']) expect(useLazyCompilation({ ...dev, env })).toBe(false);
  });
});

describe('lazyDevFragment', () => {
  it('compiles dynamic imports lazily, the entry eagerly', () => {
    expect(lazyDevFragment({ lazyCompilationMiddleware: () => () => undefined }).lazyCompilation).toEqual({ entries: false, imports: true });
  });

  it('creates rspack\'s middleware when the compiler is made and puts it first among the dev server\'s', () => {
    const compilers: unknown[] = [];
    const middleware = () => undefined;
    const fragment = lazyDevFragment({ lazyCompilationMiddleware: (compiler) => (compilers.push(compiler), middleware) });
    const compiler = { options: { lazyCompilation: {} } };
    // Before the compiler exists there is nothing to add.
    const early: unknown[] = ['docusaurus'];
    expect(fragment.devServer.setupMiddlewares!(early, {})).toEqual([]);
    expect(early).toEqual(['docusaurus']);
    for (const plugin of fragment.plugins) plugin.apply(compiler);
    expect(compilers).toEqual([compiler]);
    const middlewares: unknown[] = ['docusaurus', 'static'];
    // Returns nothing of its own: Docusaurus's function returns the same list, and the two results are joined.
    expect(fragment.devServer.setupMiddlewares!(middlewares, {})).toEqual([]);
    expect(middlewares).toEqual([{ name: 'scs-lazy-compilation', middleware }, 'docusaurus', 'static']);
  });

  it('takes the middleware from @rspack/core by default', () => {
    const fragment = lazyDevFragment();
    expect(fragment.plugins).toHaveLength(1);
  });
});
