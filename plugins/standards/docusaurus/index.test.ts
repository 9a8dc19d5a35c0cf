import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoadContext, RouteConfig } from '@docusaurus/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentText, standardFields } from '../lint/testing.js';
import { forgetCorpus } from './corpus.js';
import standardsPlugin from './index.js';

let siteDir: string;
let standardsDir: string;
const document = 'scs-0100-v1-flavor-naming.md';

beforeEach(async () => {
  siteDir = await mkdtemp(path.join(tmpdir(), 'scs-plugin-'));
  standardsDir = path.join(siteDir, 'Standards');
  await mkdir(standardsDir);
  await writeFile(path.join(standardsDir, document), documentText(standardFields({ title: 'Flavor naming' })));
});
afterEach(async () => {
  forgetCorpus(standardsDir);
  await rm(siteDir, { recursive: true, force: true });
});

function plugin() {
  const context = { siteDir, baseUrl: '/', generatedFilesDir: path.join(siteDir, '.docusaurus') } as LoadContext;
  return standardsPlugin(context, { standardsDir, date: '2025-06-01' });
}

async function routesOf(instance: ReturnType<typeof plugin>): Promise<RouteConfig[]> {
  const routes: RouteConfig[] = [];
  await instance.allContentLoaded!({ actions: { addRoute: (route: RouteConfig) => routes.push(route) } } as never);
  return routes;
}

describe('the standards plugin', () => {
  it('compiles the dev server\'s browser bundle lazily with rspack when SCS_DEV_LAZY asks for it, and nothing else', () => {
    const configure = (mode: string, isServer: boolean, bundler: string, lazy: string | undefined) => {
      const before = process.env.SCS_DEV_LAZY;
      if (lazy === undefined) delete process.env.SCS_DEV_LAZY;
      else process.env.SCS_DEV_LAZY = lazy;
      try {
        return plugin().configureWebpack!({ mode } as never, isServer, { currentBundler: { name: bundler } } as never, undefined as never) as Record<string, unknown>;
      } finally {
        if (before === undefined) delete process.env.SCS_DEV_LAZY;
        else process.env.SCS_DEV_LAZY = before;
      }
    };
    const dev = configure('development', false, 'rspack', 'true');
    expect(dev.lazyCompilation).toEqual({ entries: false, imports: true });
    expect((dev.plugins as Array<{ name?: string }>).map((entry) => entry.name)).toEqual(['scs-lazy-compilation']);
    expect(dev.devServer).toHaveProperty('setupMiddlewares');
    const others = [configure('development', false, 'rspack', undefined), configure('development', true, 'rspack', 'true'), configure('development', false, 'webpack', 'true'), configure('production', true, 'rspack', 'true')];
    for (const other of others) expect(other).not.toHaveProperty('lazyCompilation');
    // The dev server's browser bundle has the page-data middleware (dev-page-data.ts); no other bundle has one.
    expect(others.map((other) => 'devServer' in other)).toEqual([true, false, true, false]);
  });

  it('adds the page-data middleware to the dev server unless SCS_DEV_PAGE_DATA is false, and calls the lazy compilation\'s too', () => {
    const middlewaresOf = (env: Record<string, string | undefined>) => {
      const before = { ...process.env };
      Object.assign(process.env, env);
      for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
      try {
        const fragment = plugin().configureWebpack!({ mode: 'development' } as never, false, { currentBundler: { name: 'rspack' } } as never, undefined as never) as { devServer?: { setupMiddlewares(list: unknown[], server: unknown): unknown[] } };
        if (!fragment.devServer) return null;
        const list: unknown[] = [];
        expect(fragment.devServer.setupMiddlewares(list, {})).toEqual([]);
        return list.map((entry) => (entry as { name: string }).name);
      } finally {
        for (const key of Object.keys(env)) {
          if (before[key] === undefined) delete process.env[key];
          else process.env[key] = before[key];
        }
      }
    };
    expect(middlewaresOf({ SCS_DEV_PAGE_DATA: undefined, SCS_DEV_LAZY: undefined })).toEqual(['scs-page-data']);
    expect(middlewaresOf({ SCS_DEV_PAGE_DATA: 'false', SCS_DEV_LAZY: undefined })).toBeNull();
  });

  it('watches the files of the corpus folder other than its documents, which the docs instance watches', () => {
    expect(plugin().getPathsToWatch!()).toEqual([path.join(standardsDir, '!([sS][cC][sS][-_]*.[mM][dD])')]);
  });

  it('makes the overview, track and status pages from the corpus as last loaded, so a reload of the docs instance updates them', async () => {
    const instance = plugin();
    await instance.loadContent!();
    const before = await routesOf(instance);
    expect(before.map((route) => route.path)).toEqual(expect.arrayContaining(['/standards', '/standards/iaas', '/standards/iaas/scs-0100']));
    const status = () => JSON.stringify(before.find((route) => route.path === '/standards/iaas/scs-0100')?.props);
    expect(status()).toContain('Flavor naming');

    // What the docs instance does on an edit: forget the corpus; the next allContentLoaded reads it again.
    await writeFile(path.join(standardsDir, document), documentText(standardFields({ title: 'Flavor names' })));
    forgetCorpus(standardsDir);
    const after = await routesOf(instance);
    expect(JSON.stringify(after.find((route) => route.path === '/standards/iaas/scs-0100')?.props)).toContain('Flavor names');
    expect(after.map((route) => route.path)).toEqual(before.map((route) => route.path));
  });
});
