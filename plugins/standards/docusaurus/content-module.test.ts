import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentCompiler, type DocsLoaderOptions } from './content-module.js';

let siteDir: string;
let filePath: string;

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(os.tmpdir(), 'scs-content-module-'));
  filePath = path.join(siteDir, 'Standards', 'scs-0100-v1-a.md');
  await mkdir(path.join(siteDir, 'Standards', 'img'), { recursive: true });
  await writeFile(path.join(siteDir, 'Standards', 'img', 'diagram.png'), 'png');
  await writeFile(path.join(siteDir, 'secret.png'), 'not part of the corpus');
  await symlink(path.join(siteDir, 'secret.png'), path.join(siteDir, 'Standards', 'img', 'link.png'));
});
afterAll(() => rm(siteDir, { recursive: true, force: true }));

function compiler(docs: Partial<DocsLoaderOptions> = {}) {
  return createContentCompiler({
    root: path.join(siteDir, 'Standards'),
    docs: {
      siteDir,
      metadataPath: (file) => path.join(siteDir, '.docusaurus', `${path.basename(file)}.json`),
      resolveMarkdownLink: ({ linkPathname }) => (linkPathname === 'scs-0100-v2-a.md' ? '/standards/scs-0100-v2-a' : null),
      markdownConfig: { hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' } },
      ...docs,
    },
    permalinkTargets: async () => new Map([['/standards/scs-0100', '/standards/iaas/scs-0100']]),
  });
}

/** The page tree inside a module's code. */
function treeOf(code: string): unknown {
  const literal = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(code)?.[1];
  return JSON.parse(JSON.parse(literal!));
}

describe('createContentCompiler', () => {
  const document = [
    '---',
    'title: A',
    '---',
    '## Links',
    '',
    '[next](scs-0100-v2-a.md#scope) [short](/standards/scs-0100/?x#y) [web](https://example.org) ![d](img/diagram.png)',
  ].join('\n');

  it('writes a module of data with the exports the docs theme reads', async () => {
    const code = await compiler()({ filePath, fileContent: document, isServer: false });
    expect(code).toContain(`import metadata from "@site/.docusaurus/scs-0100-v1-a.md.json";`);
    expect(code).toContain('export const frontMatter = metadata.frontMatter;');
    expect(code).toContain('export const contentTitle = undefined;');
    expect(code).toContain('export const toc = [{"value":"Links","id":"links","level":2}];');
    expect(code).toMatch(/\[require\("!.*url-loader.*!\.\/img\/diagram\.png"\)\.default\]\);\n$/);
    expect(treeOf(code)).toEqual([
      ['h2', { id: 'links' }, 'Links'],
      '\n',
      [
        'p',
        0,
        ['a', { href: '/standards/scs-0100-v2-a#scope' }, 'next'],
        ' ',
        ['a', { href: '/standards/iaas/scs-0100?x#y' }, 'short'],
        ' ',
        ['a', { href: 'https://example.org' }, 'web'],
        ' ',
        ['img', { src: { asset: 0 }, alt: 'd' }],
      ],
    ]);
  });

  it('renders once for the client and the server bundle, which differ only in how files are emitted', async () => {
    let resolved = 0;
    const compile = compiler({ resolveMarkdownLink: () => (resolved++, '/standards/scs-0100-v2-a') });
    const client = await compile({ filePath, fileContent: document, isServer: false });
    const server = await compile({ filePath, fileContent: document, isServer: true });
    expect(resolved).toBe(1);
    expect(treeOf(server)).toEqual(treeOf(client));
    expect(server).toContain('emitFile=false');
    expect(client).not.toContain('emitFile=false');
  });

  it('fails on a link to a document that does not exist, or an image that does not or may not be bundled, as configured', async () => {
    await expect(compiler()({ filePath, fileContent: '[x](scs-0999-v1-missing.md)', isServer: false })).rejects.toThrow(
      'Markdown link with URL `scs-0999-v1-missing.md` in source file "Standards/scs-0100-v1-a.md" couldn\'t be resolved.',
    );
    await expect(compiler()({ filePath, fileContent: '![x](./missing.png)', isServer: false })).rejects.toThrow(
      'Image `./missing.png` in source file "Standards/scs-0100-v1-a.md" couldn\'t be found.',
    );
    for (const [image, why] of [
      ['../secret.png', 'is outside the standards folder'],
      ['img/link.png', 'is outside the standards folder'],
      ['img/diagram.png!../secret.png', 'has characters a bundled file name must not have'],
    ]) {
      await expect(compiler()({ filePath, fileContent: `![x](${image})`, isServer: false })).rejects.toThrow(
        `Image \`${image}\` in source file "Standards/scs-0100-v1-a.md" ${why}.`,
      );
    }
    const warnings: string[] = [];
    const lenient = createContentCompiler({
      root: path.join(siteDir, 'Standards'),
      docs: { siteDir, markdownConfig: { hooks: { onBrokenMarkdownLinks: 'warn' } } },
      permalinkTargets: async () => new Map(),
      warn: (message) => warnings.push(message),
    });
    const code = await lenient({ filePath, fileContent: '[x](scs-0999-v1-missing.md)', isServer: false });
    expect(treeOf(code)).toEqual([['p', 0, ['a', { href: 'scs-0999-v1-missing.md' }, 'x']]]);
    expect(warnings).toEqual(['[scs-standards] Markdown link with URL `scs-0999-v1-missing.md` in source file "Standards/scs-0100-v1-a.md" couldn\'t be resolved.']);
  });

  it('bundles only attachments of the file set, even from inside the folder', async () => {
    await mkdir(path.join(siteDir, 'Standards', 'build'), { recursive: true });
    await writeFile(path.join(siteDir, 'Standards', 'build', 'generated.png'), 'png');
    const withFileSet = createContentCompiler({
      root: path.join(siteDir, 'Standards'),
      docs: { siteDir, markdownConfig: { hooks: { onBrokenMarkdownImages: 'throw' } } },
      permalinkTargets: async () => new Map(),
      attachments: async () => new Set(['img/diagram.png']),
    });
    await expect(withFileSet({ filePath, fileContent: '![x](build/generated.png)', isServer: false })).rejects.toThrow(
      'Image `build/generated.png` in source file "Standards/scs-0100-v1-a.md" is not an attachment of the standards folder.',
    );
    expect(treeOf(await withFileSet({ filePath, fileContent: '![x](img/diagram.png)', isServer: false }))).toEqual([['p', 0, ['img', { src: { asset: 0 }, alt: 'x' }]]]);
  });
});
