import { describe, expect, it } from 'vitest';
import { addLoaderDependency, CORPUS_DEPENDENT_LOADERS } from './corpus-dependency.js';

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
