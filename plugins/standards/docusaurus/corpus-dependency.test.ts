import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText, standardFields } from '../lint/testing.js';
import { loadCorpus } from '../parse/load-corpus.js';
import { addLoaderDependency, buildLoaderKey, CORPUS_DEPENDENT_LOADERS } from './corpus-dependency.js';
import { buildAllRoutes } from './routes.js';
import { standardsSitePaths } from './unlink-missing-standards.js';

describe('addLoaderDependency', () => {
  it('adds the key file to every use of the given loaders, once, and leaves others alone', () => {
    const [mdx, ours] = CORPUS_DEPENDENT_LOADERS as [string, string];
    const config = {
      module: {
        rules: [
          { test: /\.mdx?$/, use: [{ loader: 'babel-loader', options: {} }, { loader: mdx, options: { dependencies: ['/site/sidebars.ts'], admonitions: true } }] },
          { oneOf: [{ use: [{ loader: ours, options: {} }] }] },
          { test: /\.css$/, use: ['css-loader'] },
        ],
      },
    };
    expect(addLoaderDependency(config, CORPUS_DEPENDENT_LOADERS, '/site/.docusaurus/key.json')).toBe(2);
    expect(addLoaderDependency(config, CORPUS_DEPENDENT_LOADERS, '/site/.docusaurus/key.json')).toBe(0);
    expect(config.module.rules[0]!.use![1]).toEqual({ loader: mdx, options: { dependencies: ['/site/sidebars.ts', '/site/.docusaurus/key.json'], admonitions: true } });
    expect(config.module.rules[1]!.oneOf![0]!.use[0]).toEqual({ loader: ours, options: { dependencies: ['/site/.docusaurus/key.json'] } });
    expect(config.module.rules[0]!.use![0]).toEqual({ loader: 'babel-loader', options: {} });
  });
});

describe('buildLoaderKey and standardsSitePaths', () => {
  const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/portal-corpus');
  const DATE = '2025-01-15';

  it('lists exactly the paths of the routes and of the published documents', async () => {
    const { registry } = await loadCorpus(FIXTURE);
    const expected = new Set([...buildAllRoutes(registry, DATE).map((route) => route.path), ...registry.documents.filter((document) => document.kind !== 'template').map((document) => `/standards/${document.id}`)]);
    expect(standardsSitePaths(registry)).toEqual(expected);
  });

  it('changes when a permalink leads elsewhere or the file set changes, not for a title or a body', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'scs-loader-key-'));
    try {
      const v1 = path.join(root, 'scs-0100-v1-flavor-naming.md');
      const v2 = path.join(root, 'scs-0100-v2-flavor-naming.md');
      await writeFile(v1, documentText(standardFields()));
      await writeFile(v2, documentText(standardFields({ status: 'Draft', stabilized_at: null, replaces: '[scs-0100-v1-flavor-naming.md]' })));
      const key = async () => buildLoaderKey(await loadCorpus(root), DATE);
      const first = await key();
      await writeFile(v2, documentText(standardFields({ title: 'Renamed', status: 'Draft', stabilized_at: null, replaces: '[scs-0100-v1-flavor-naming.md]' }), '## Other\n\nWords.\n'));
      expect(await key()).toBe(first);
      // v2 becomes the version in force: /standards/scs-0100/latest leads to it now.
      await writeFile(v2, documentText(standardFields({ stabilized_at: '2025-01-10', replaces: '[scs-0100-v1-flavor-naming.md]' })));
      const stable = await key();
      expect(stable).not.toBe(first);
      await writeFile(path.join(root, 'picture.png'), 'png');
      expect(await key()).not.toBe(stable);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
