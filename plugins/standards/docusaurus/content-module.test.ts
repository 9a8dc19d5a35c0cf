import { readFileSync } from 'node:fs';
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
  await writeFile(path.join(siteDir, 'Standards', 'page.html'), '<script>alert(1)</script>');
  await writeFile(path.join(siteDir, 'Standards', 'tool.js'), 'alert(1)');
  await writeFile(path.join(siteDir, 'Standards', 'data.csv'), 'a,b');
  await writeFile(path.join(siteDir, 'Standards', 'img', 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="4" height="4"/></svg>');
  await writeFile(path.join(siteDir, 'Standards', 'img', 'broken.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect>');
});
afterAll(() => rm(siteDir, { recursive: true, force: true }));

function compiler(docs: Partial<DocsLoaderOptions> = {}, targets = new Map([
  ['/standards/scs-0100', '/standards/iaas/scs-0100'],
  ['/standards/scs-0100/latest', '/standards/scs-0100-v2-a'],
])) {
  // One Map while the corpus is unchanged, as the plugin gives it (a new Map is a corpus loaded again).
  return createContentCompiler({
    root: path.join(siteDir, 'Standards'),
    docs: {
      siteDir,
      metadataPath: (file) => path.join(siteDir, '.docusaurus', `${path.basename(file)}.json`),
      resolveMarkdownLink: ({ linkPathname }) => (linkPathname === 'scs-0100-v2-a.md' ? '/standards/scs-0100-v2-a' : null),
      markdownConfig: { hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' } },
      ...docs,
    },
    permalinkTargets: async () => targets,
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

  it('renders once for the client and the server bundle, which both emit the files a document shows', async () => {
    let resolved = 0;
    const compile = compiler({ resolveMarkdownLink: () => (resolved++, '/standards/scs-0100-v2-a') });
    const client = await compile({ filePath, fileContent: document, isServer: false });
    const server = await compile({ filePath, fileContent: document, isServer: true });
    expect(resolved).toBe(1);
    expect(treeOf(server)).toEqual(treeOf(client));
    expect(server).not.toContain('emitFile=false');
    expect(client).not.toContain('emitFile=false');
  });

  it('renders the same text again when the corpus was loaded again (a permalink now leads elsewhere)', async () => {
    let targets = new Map([['/standards/scs-0100', '/standards/iaas/scs-0100']]);
    let resolved = 0;
    const compile = createContentCompiler({
      root: path.join(siteDir, 'Standards'),
      docs: { siteDir, resolveMarkdownLink: () => (resolved++, '/standards/scs-0100-v2-a') },
      permalinkTargets: async () => targets,
    });
    const text = '---\ntitle: A\n---\n\nSee [the standard](/standards/scs-0100) and [v2](scs-0100-v2-a.md).\n';
    const hrefs = (code: string) => [...code.matchAll(/href\\+":\\+"([^"\\]+)/g)].map((match) => match[1]);
    expect(hrefs(await compile({ filePath, fileContent: text, isServer: false }))).toEqual(['/standards/iaas/scs-0100', '/standards/scs-0100-v2-a']);
    expect(resolved).toBe(1);
    // The dev server (client bundle only) asks again for the same text after the corpus changed (the corpus key file is a dependency).
    targets = new Map([['/standards/scs-0100', '/standards/kaas/scs-0100']]);
    expect(hrefs(await compile({ filePath, fileContent: text, isServer: false }))).toEqual(['/standards/kaas/scs-0100', '/standards/scs-0100-v2-a']);
    expect(resolved).toBe(2);
  });

  it('lets the server bundle read the tree when the page renders (freed after its page is written), the browser once at load', async () => {
    const compile = compiler();
    const client = await compile({ filePath, fileContent: document, isServer: false });
    const server = await compile({ filePath, fileContent: document, isServer: true });
    expect(server).toContain('export default createDocumentBody(() => JSON.parse(');
    expect(client).toContain('export default createDocumentBody(JSON.parse(');
  });

  it('fails on a link to a document that does not exist, or an image that does not or may not be bundled, as configured', async () => {
    await expect(compiler()({ filePath, fileContent: '[x](scs-0999-v1-missing.md)', isServer: false })).rejects.toThrow(
      'Markdown link with URL `scs-0999-v1-missing.md` in source file "Standards/scs-0100-v1-a.md" couldn\'t be resolved.',
    );
    await expect(compiler()({ filePath, fileContent: '![x](./missing.png)', isServer: false })).rejects.toThrow(
      'Image `./missing.png` in source file "Standards/scs-0100-v1-a.md" couldn\'t be found.',
    );
    // (`../secret.png` is above the folder: shown as its description, with a warning; see below.)
    for (const [image, why] of [
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

  it("leaves links to a standard's /latest pointing there (its target depends on the day it is followed), and fails on one of no standard", async () => {
    const code = await compiler()({ filePath, fileContent: '[now](/standards/scs-0100/latest#scope) [slash](/standards/scs-0100/latest/) [status](/standards/scs-0100)', isServer: false });
    expect(treeOf(code)).toEqual([
      [
        'p',
        0,
        ['a', { href: '/standards/scs-0100/latest#scope' }, 'now'],
        ' ',
        ['a', { href: '/standards/scs-0100/latest' }, 'slash'],
        ' ',
        ['a', { href: '/standards/iaas/scs-0100' }, 'status'],
      ],
    ]);
    await expect(compiler()({ filePath, fileContent: '[x](/standards/scs-0999/latest)', isServer: false })).rejects.toThrow(
      'Link `/standards/scs-0999/latest` in source file "Standards/scs-0100-v1-a.md" is the short link of no standard.',
    );
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

  it('shows links and images that lead out of the standards folder as text, with a warning, and still fails on a missing document', async () => {
    const warnings: string[] = [];
    const compile = createContentCompiler({
      root: path.join(siteDir, 'Standards'),
      docs: { siteDir, resolveMarkdownLink: () => null, markdownConfig: { hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' } } },
      permalinkTargets: async () => new Map(),
      warn: (message) => warnings.push(message),
    });
    const markdown = '[tests](../Tests/README.md) [docs](../docs/overview.md#x) ![chart](../static/chart.png)';
    expect(treeOf(await compile({ filePath, fileContent: markdown, isServer: false }))).toEqual([['p', 0, 'tests docs chart']]);
    expect(warnings).toEqual([
      '[scs-standards] Link `../Tests/README.md` in source file "Standards/scs-0100-v1-a.md" leads out of the standards folder; showing its text only (link-leaves-folder).',
      '[scs-standards] Link `../docs/overview.md#x` in source file "Standards/scs-0100-v1-a.md" leads out of the standards folder; showing its text only (link-leaves-folder).',
      '[scs-standards] Image `../static/chart.png` in source file "Standards/scs-0100-v1-a.md" leads out of the standards folder; showing its description only (link-leaves-folder).',
    ]);
    await expect(compile({ filePath, fileContent: '[gone](scs-0999-v1-missing.md)', isServer: false })).rejects.toThrow('Markdown link with URL `scs-0999-v1-missing.md`');
  });

  it('refuses a document over a resource limit, naming the file and the line in the file', async () => {
    const head = '---\ntitle: A\n---\n\n## Deep\n\n';
    const cases: Array<[string, string]> = [
      [`${'> '.repeat(2000)}x\n`, 'Standards/scs-0100-v1-a.md:7:1: cannot render this document: Unexpected block quotes, lists and directives nested 2,000 levels deep'],
      [`${'<div>'.repeat(2000)}\n`, 'Standards/scs-0100-v1-a.md:7:1: cannot render this document: Unexpected Markdown and HTML elements nested 151 levels deep'],
      [`${':::note\n'.repeat(2000)}`, 'Standards/scs-0100-v1-a.md:107:1: cannot render this document: Unexpected block quotes, lists and directives nested 101 levels deep'],
      [`x\n\n${'*a'.repeat(20_000)}\n`, 'Standards/scs-0100-v1-a.md:9:10001: cannot render this document: Unexpected more than 5,000 runs of emphasis markers'],
      // Work per file: lines of the body (it starts on line 4), nodes and headings.
      ['x\n'.repeat(250_000), 'Standards/scs-0100-v1-a.md:10004:1: cannot render this document: Unexpected more than 10,000 lines'],
      ['- a `b` c\n'.repeat(6_000), 'Standards/scs-0100-v1-a.md:6006:3: cannot render this document: Unexpected more than 30,000 Markdown nodes'],
      ['## h\n'.repeat(5_000), 'Standards/scs-0100-v1-a.md:5006:1: cannot render this document: Unexpected more than 5,000 headings'],
    ];
    for (const [body, message] of cases) {
      await expect(compiler()({ filePath, fileContent: head + body, isServer: false })).rejects.toThrow(message);
    }
    const anchors = `---\ntitle: A\nx:\n${Array.from({ length: 101 }, (_, i) => `  - &a${i} v`).join('\n')}\n---\n\nText\n`;
    await expect(compiler()({ filePath, fileContent: anchors, isServer: false })).rejects.toThrow(
      'Standards/scs-0100-v1-a.md:104:5: cannot render this document: Unexpected more than 100 anchors (`&name`) in front matter',
    );
  });

  it('publishes passive files, SVG only as a static copy, and refuses active types with a warning', async () => {
    const warnings: string[] = [];
    const svgDir = path.join(siteDir, 'svg-out');
    const compile = createContentCompiler({ root: path.join(siteDir, 'Standards'), docs: { siteDir }, permalinkTargets: async () => new Map(), svgDir, warn: (message) => warnings.push(message) });
    const markdown = '[data](./data.csv) [page](./page.html) [tool][t] ![chart](img/chart.svg) ![broken](img/broken.svg)\n\n[t]: ./tool.js';
    const code = await compile({ filePath, fileContent: markdown, isServer: false });
    expect(treeOf(code)).toEqual([['p', 0, ['a', { href: { asset: 0 } }, 'data'], ' page tool ', ['img', { src: { asset: 1 }, alt: 'chart' }], ' broken']]);
    const copy = /require\("![^"]*url-loader[^"]*!([^"]*chart\.svg)"\)/.exec(code)?.[1];
    expect(copy?.startsWith(svgDir)).toBe(true);
    expect(readFileSync(copy!, 'utf8')).toBe('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><rect width="4" height="4"></rect></svg>');
    expect(code).not.toContain('page.html');
    expect(code).not.toContain('tool.js');
    expect(warnings).toEqual([
      '[scs-standards] File `./page.html` in source file "Standards/scs-0100-v1-a.md" is not published: only passive types are (attachment-type).',
      '[scs-standards] SVG `img/broken.svg` in source file "Standards/scs-0100-v1-a.md" is not published: it is not well-formed SVG (Unclosed root tag).',
      '[scs-standards] File `./tool.js` in source file "Standards/scs-0100-v1-a.md" is not published: only passive types are (attachment-type).',
    ]);
  });
});
