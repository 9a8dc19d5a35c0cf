// The server bundle's stubs for page data and document content (server-data.ts):
// the code the loaders emit, what that code does when the bundle runs it, that
// what it read is dropped once the turn that rendered the page is over, and
// which bundler config gets the rule.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContentCompiler } from './content-module.js';
import standardsPlugin from './index.js';
import { forgetCorpus } from './corpus.js';
import { SERVER_DATA_LOADER, SERVER_DATA_RUNTIME, serverContentModuleCode, serverDataFolders, serverDataRule, writeServerContent } from './server-data.js';

const require = createRequire(import.meta.url);
type Runtime = {
  readData(file: string): unknown;
  defineJsonModule(exports: object, file: string): Record<string, unknown>;
  defineContentModule(exports: object, file: string, parts: { createDocumentBody: CreateBody; assetUrls: unknown[]; metadata: (() => unknown) | null }): Record<string, unknown>;
  heldCount(): number;
  shouldCollect(used: number, liveAfterLast: number, growth?: number): boolean;
  collectionCount(): number;
};
type CreateBody = (nodes: () => unknown, assets: unknown[]) => { nodes: () => unknown; assets: unknown[] };
const runtime = require('./server-data-runtime.cjs') as Runtime;
const loader = require('./server-data-loader.cjs') as ((this: unknown) => string) & { jsonStubCode(file: string, runtime: string): string };

/** One turn of the event loop later, when the runtime has forgotten what it read. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Runs a stub's code as the server bundle would (CommonJS), with `modules` standing for what it requires. */
function evaluate(code: string, modules: Record<string, unknown>): Record<string, unknown> {
  const exports = {};
  const requireStub = (request: string) => {
    if (!(request in modules)) throw new Error(`unexpected require of ${request}`);
    return modules[request];
  };
  new Function('require', 'exports', code)(requireStub, exports);
  return exports;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'scs-server-data-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the data stub loader', () => {
  it('emits one line that defines the module from the file, whatever the file holds', () => {
    const code = loader.call({ resourcePath: '/site/.docusaurus/scs-standards/default/p/standards-iaas-1a2.json', getOptions: () => ({ runtime: '/rt.cjs' }) });
    expect(code).toBe('require("/rt.cjs").defineJsonModule(exports, "/site/.docusaurus/scs-standards/default/p/standards-iaas-1a2.json");\n');
  });

  it('quotes paths as string literals', () => {
    expect(loader.jsonStubCode('/a "b"\\c\u2028.json', '/rt.cjs')).toBe('require("/rt.cjs").defineJsonModule(exports, "/a \\"b\\"\\\\c\u2028.json");\n');
  });

  it('gives, run by the bundle, a module whose default is the file\'s data, as a JSON module\'s is', async () => {
    const file = path.join(dir, 'props.json');
    const text = '{"title":"Flavor naming","__proto__":{"polluted":true},"list":[1,"two",null]}';
    await writeFile(file, text);
    const module = evaluate(loader.jsonStubCode(file, SERVER_DATA_RUNTIME), { [SERVER_DATA_RUNTIME]: runtime });
    expect(module.__esModule).toBe(true);
    expect(Object.keys(module)).toEqual(['default']);
    expect(JSON.stringify(module.default)).toBe(text);
    // Data, never code: a `__proto__` key stays an own key, as JSON.parse makes it.
    expect(Object.getPrototypeOf(module.default)).toBe(Object.prototype);
    expect(Object.hasOwn(module.default as object, '__proto__')).toBe(true);
    await nextTurn();
  });
});

describe('the server data runtime', () => {
  it('keeps what a page read for the rest of the turn, then forgets it: the next turn reads the file again', async () => {
    const file = path.join(dir, 'evicts.json');
    await writeFile(file, '{"n":1}');
    const module = runtime.defineJsonModule({}, file);
    const first = module.default;
    expect(first).toEqual({ n: 1 });
    expect(module.default).toBe(first);
    expect(runtime.heldCount()).toBe(1);
    await nextTurn();
    expect(runtime.heldCount()).toBe(0);
    await writeFile(file, '{"n":2}');
    expect(module.default).toEqual({ n: 2 });
    await nextTurn();
    expect(runtime.heldCount()).toBe(0);
  });

  it('holds nothing while no page renders, whatever number of modules was read', async () => {
    const modules = await Promise.all(
      Array.from({ length: 50 }, async (_, index) => {
        const file = path.join(dir, `many-${index}.json`);
        await writeFile(file, JSON.stringify({ index }));
        return runtime.defineJsonModule({}, file);
      }),
    );
    expect(modules.map((module) => (module.default as { index: number }).index)).toEqual(Array.from({ length: 50 }, (_, index) => index));
    expect(runtime.heldCount()).toBe(50);
    await nextTurn();
    expect(runtime.heldCount()).toBe(0);
  });

  it('asks for a full collection once the heap has grown by the margin since the last one', () => {
    const MB = 1024 * 1024;
    expect(runtime.shouldCollect(300 * MB, 250 * MB)).toBe(false);
    expect(runtime.shouldCollect(346 * MB, 250 * MB)).toBe(false);
    expect(runtime.shouldCollect(347 * MB, 250 * MB)).toBe(true);
    expect(runtime.shouldCollect(20 * MB, 10 * MB, 5 * MB)).toBe(true);
    // A heap smaller than after the last collection: nothing to do.
    expect(runtime.shouldCollect(200 * MB, 250 * MB)).toBe(false);
  });

  it('collects the garbage pages left once the heap grew by more than the margin, without --expose-gc', async () => {
    const file = path.join(dir, 'small.json');
    await writeFile(file, '{}');
    runtime.readData(file);
    await nextTurn();
    const before = runtime.collectionCount();
    // About 150 MB that survive long enough to reach the old generation, then become garbage.
    let kept: string[][] | null = Array.from({ length: 50 }, (_, index) => Array.from({ length: 100_000 }, (__, item) => `${index}:${item}`));
    await nextTurn();
    expect(kept).toHaveLength(50);
    kept = null;
    runtime.readData(file);
    await nextTurn();
    expect(runtime.collectionCount()).toBe(before + 1);
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
  });

  it('fails the page with the file named when its data file is missing', () => {
    const module = runtime.defineJsonModule({}, path.join(dir, 'missing.json'));
    expect(() => module.default).toThrow(/missing\.json/);
  });

  it('makes a content module with the exports the docs theme reads, a new page component each time', async () => {
    const file = path.join(dir, 'content.json');
    const metadataFile = path.join(dir, 'metadata.json');
    await writeFile(file, JSON.stringify({ nodes: [['p', 0, 'Hello']], contentTitle: 'Title', toc: [{ value: 'Scope', id: 'scope', level: 2 }] }));
    await writeFile(metadataFile, JSON.stringify({ id: 'scs-0100-v1', frontMatter: { title: 'A' } }));
    const metadataModule = runtime.defineJsonModule({}, metadataFile);
    const createDocumentBody: CreateBody = (nodes, assets) => ({ nodes, assets });
    const assetUrls = ['/assets/images/a.png'];
    const module = runtime.defineContentModule({}, file, { createDocumentBody, assetUrls, metadata: () => metadataModule.default });
    expect(module.__esModule).toBe(true);
    expect(Object.keys(module).sort()).toEqual(['assets', 'contentTitle', 'default', 'frontMatter', 'metadata', 'toc']);
    expect(module.metadata).toEqual({ id: 'scs-0100-v1', frontMatter: { title: 'A' } });
    expect(module.frontMatter).toEqual({ title: 'A' });
    expect(module.contentTitle).toBe('Title');
    expect(module.toc).toEqual([{ value: 'Scope', id: 'scope', level: 2 }]);
    expect(module.assets).toEqual({});
    expect(module.assets).toBe(module.assets);
    const component = module.default as ReturnType<CreateBody>;
    expect(component).not.toBe(module.default);
    expect(component.assets).toBe(assetUrls);
    expect(component.nodes()).toEqual([['p', 0, 'Hello']]);
    await nextTurn();
    expect(runtime.heldCount()).toBe(0);
    // The body is read when the page renders it, not when the module is asked for its component.
    await writeFile(file, JSON.stringify({ nodes: [['p', 0, 'Edited']], toc: [] }));
    expect(component.nodes()).toEqual([['p', 0, 'Edited']]);
    expect(module.contentTitle).toBeUndefined();
    await nextTurn();
  });

  it('makes a content module without metadata when the document has none', () => {
    const module = runtime.defineContentModule({}, path.join(dir, 'content.json'), { createDocumentBody: (nodes, assets) => ({ nodes, assets }), assetUrls: [], metadata: null });
    expect(Object.keys(module).sort()).toEqual(['assets', 'contentTitle', 'default', 'frontMatter', 'toc']);
    expect(module.frontMatter).toEqual({});
  });
});

describe('the server content module', () => {
  it('is written by the content compiler for the server of a production build, with the tree the browser module carries', async () => {
    const siteDir = path.join(dir, 'site');
    const root = path.join(siteDir, 'Standards');
    await mkdir(root, { recursive: true });
    const filePath = path.join(root, 'scs-0100-v1-a.md');
    const serverDataDir = path.join(siteDir, '.docusaurus', 'scs-standards-content');
    const options = {
      root,
      docs: { siteDir, metadataPath: (file: string) => path.join(siteDir, '.docusaurus', `${path.basename(file)}.json`) },
      permalinkTargets: async () => new Map<string, string>(),
      serverDataDir,
    };
    const text = '# Title\n\n## Scope\n\nSome *text*.\n';
    const server = await createContentCompiler(options)({ filePath, fileContent: text, isServer: true });
    const client = await createContentCompiler(options)({ filePath, fileContent: text, isServer: false });
    const files = await readdir(serverDataDir);
    expect(files).toHaveLength(1);
    const dataFile = path.join(serverDataDir, files[0]!);
    expect(files[0]).toMatch(/^[0-9a-f]{32}\.json$/);
    expect(server).toBe(
      serverContentModuleCode({ dataFile, renderer: '@site/src/components/standards/DocumentBody', metadataRequest: '@site/.docusaurus/scs-0100-v1-a.md.json', assetRequires: [] }),
    );
    expect(server).not.toContain('Some');
    const data = JSON.parse(readFileSync(dataFile, 'utf8')) as { nodes: unknown; contentTitle: unknown; toc: unknown };
    const inline = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(client)![1]!;
    expect(data.nodes).toEqual(JSON.parse(JSON.parse(inline)));
    expect(client).toContain(`export const contentTitle = ${JSON.stringify(data.contentTitle)};`);
    expect(client).toContain(`export const toc = ${JSON.stringify(data.toc)};`);
    expect(data.toc).toEqual([expect.objectContaining({ value: 'Scope' })]);

    // Without the folder (the dev server, which has no server bundle), the server module carries its tree.
    const { serverDataDir: _, ...inlineOptions } = options;
    expect(await createContentCompiler(inlineOptions)({ filePath, fileContent: text, isServer: true })).toContain('export default createDocumentBody(() => JSON.parse(');
  });

  it('runs as the server bundle runs it: the page component renders the tree read from the file', async () => {
    const dataFile = writeServerContent(path.join(dir, 'content'), { nodes: [['p', 0, 'Body']], contentTitle: undefined, toc: [] });
    const metadataFile = path.join(dir, 'doc-metadata.json');
    await writeFile(metadataFile, JSON.stringify({ id: 'x', frontMatter: { title: 'X' } }));
    const code = serverContentModuleCode({ dataFile, renderer: 'renderer', metadataRequest: 'metadata.json', assetRequires: ['require("asset-a").default'] });
    const module = evaluate(code, {
      [SERVER_DATA_RUNTIME]: runtime,
      renderer: { createDocumentBody: (nodes: () => unknown, assets: unknown[]) => ({ nodes, assets }) },
      'metadata.json': runtime.defineJsonModule({}, metadataFile),
      'asset-a': { default: '/assets/images/a-123.png' },
    });
    const component = module.default as { nodes: () => unknown; assets: unknown[] };
    expect(component.nodes()).toEqual([['p', 0, 'Body']]);
    expect(component.assets).toEqual(['/assets/images/a-123.png']);
    expect(module.frontMatter).toEqual({ title: 'X' });
    expect(module.contentTitle).toBeUndefined();
    await nextTurn();
  });

  it('names the data by its content: the same tree is one file, written once; another tree is another file', () => {
    const folder = path.join(dir, 'named');
    const a = writeServerContent(folder, { nodes: [['p', 0, 'A']], contentTitle: 'A', toc: [] });
    expect(writeServerContent(folder, { nodes: [['p', 0, 'A']], contentTitle: 'A', toc: [] })).toBe(a);
    expect(writeServerContent(folder, { nodes: [['p', 0, 'B']], contentTitle: 'A', toc: [] })).not.toBe(a);
    expect(existsSync(a)).toBe(true);
  });
});

describe('the server data rule', () => {
  const generated = path.join(dir ?? '/tmp', 'absent', '.docusaurus');
  const rule = serverDataRule(serverDataFolders('/site/.docusaurus'));
  const matches = (file: string) => rule.test.test(file) && rule.include.some((folder) => file.startsWith(folder + path.sep));

  it('stubs the page props and the standards documents\' metadata and props, as JavaScript', () => {
    expect(rule.type).toBe('javascript/auto');
    expect(rule.use).toEqual([{ loader: SERVER_DATA_LOADER, options: { runtime: SERVER_DATA_RUNTIME } }]);
    expect(matches('/site/.docusaurus/scs-standards/default/p/standards-iaas-scs-0100-1a2.json')).toBe(true);
    expect(matches('/site/.docusaurus/docusaurus-plugin-content-docs/standards/site-standards-scs-0100-v-1-a-md-123.json')).toBe(true);
    expect(matches('/site/.docusaurus/docusaurus-plugin-content-docs/standards/p/standards-446.json')).toBe(true);
  });

  it('leaves the plugins\' own files, the handbook and everything else alone', () => {
    expect(matches('/site/.docusaurus/scs-standards/default/__plugin.json')).toBe(false);
    expect(matches('/site/.docusaurus/docusaurus-plugin-content-docs/standards/__mdx-loader-dependency.json')).toBe(false);
    expect(matches('/site/.docusaurus/docusaurus-plugin-content-docs/default/site-docs-index-md-c37.json')).toBe(false);
    expect(matches('/site/.docusaurus/docusaurus-plugin-content-docs/standards-other/x.json')).toBe(false);
    expect(matches('/site/.docusaurus/scs-standards/default/p/standards-iaas.js')).toBe(false);
    expect(matches('/site/src/data.json')).toBe(false);
  });

  it('names the folders by their real path, as the bundler names modules, and as given before they exist', () => {
    expect(serverDataFolders(generated)).toEqual([path.join(generated, 'scs-standards'), path.join(generated, 'docusaurus-plugin-content-docs', 'standards')]);
  });
});

describe('the standards plugin\'s bundler config', () => {
  let siteDir: string;
  beforeAll(async () => {
    siteDir = await mkdtemp(path.join(os.tmpdir(), 'scs-server-rule-'));
    await mkdir(path.join(siteDir, 'Standards'));
  });
  afterAll(async () => {
    forgetCorpus(path.join(siteDir, 'Standards'));
    await rm(siteDir, { recursive: true, force: true });
  });

  function configOf(isServer: boolean, mode: 'production' | 'development'): { module: { rules: unknown[]; parser?: unknown }; plugins: unknown[] } {
    const context = { siteDir, baseUrl: '/', generatedFilesDir: path.join(siteDir, '.docusaurus'), outDir: path.join(siteDir, 'build') } as LoadContext;
    const instance = standardsPlugin(context, { standardsDir: path.join(siteDir, 'Standards'), date: '2025-06-01' });
    const config = { mode, module: { rules: [] }, resolve: {} };
    return instance.configureWebpack!(config as never, isServer, {} as never, undefined as never) as { module: { rules: unknown[]; parser?: unknown }; plugins: unknown[] };
  }
  const rulesOf = (isServer: boolean, mode: 'production' | 'development') => configOf(isServer, mode).module.rules;
  const stubRule = expect.objectContaining({ use: [expect.objectContaining({ loader: SERVER_DATA_LOADER })] });

  it('gives the server config of a production build the stub rule', () => {
    expect(rulesOf(true, 'production')).toContainEqual(stubRule);
  });

  it('puts the server bundle of a production build in one file (eager imports), and only that one', () => {
    expect(configOf(true, 'production').module.parser).toEqual({ javascript: { dynamicImportMode: 'eager' } });
    expect(configOf(false, 'production').module.parser).toBeUndefined();
    expect(configOf(true, 'development').module.parser).toBeUndefined();
  });

  it('leaves the browser\'s config and the dev server\'s without it', () => {
    expect(rulesOf(false, 'production')).not.toContainEqual(stubRule);
    expect(rulesOf(false, 'development')).not.toContainEqual(stubRule);
    expect(rulesOf(true, 'development')).not.toContainEqual(stubRule);
  });
});
