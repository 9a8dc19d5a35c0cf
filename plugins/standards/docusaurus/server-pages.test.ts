import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevPageData } from './dev-page-data.js';
import { DATA_ROUTE_COMPONENTS } from './client-routes.js';
import { attachmentsModuleCode, SERVER_PAGES_RUNTIME, serverPagesModuleCode, SHARED_SIDEBAR_KEY, writeServerPages, writeServerPagesModule } from './server-pages.js';

const require = createRequire(import.meta.url);
const { createReader } = require(SERVER_PAGES_RUNTIME) as { createReader(dir: string, attachments: Record<string, string>): (key: string) => Record<string, unknown> };

let siteDir: string;
let dir: string;
let store: DevPageData;
const renders: string[] = [];

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(os.tmpdir(), 'scs-server-pages-'));
  dir = path.join(siteDir, '.docusaurus', 'scs-server-pages');
  await writeFile(path.join(siteDir, 'scs-0001-v1-a.md'), '---\ntitle: A\n---\nFirst body.\n');
  await writeFile(path.join(siteDir, 'scs-0002-v1-b.md'), '---\ntitle: B\n---\nSecond body.\n');
  store = new DevPageData(siteDir);
  store.setPropsRoutes([
    { path: '/standards', component: DATA_ROUTE_COMPONENTS[0], props: { overview: { count: 2 } } },
    { path: '/standards/iaas', component: DATA_ROUTE_COMPONENTS[1], props: { track: 'IaaS' } },
    // Not a standards page kind: not a page of the server's route.
    { path: '/standards/other', component: '@site/src/pages/other', props: {} },
  ]);
  const sidebar = [
    { type: 'category', label: 'Global', items: [{ type: 'link', href: '/standards/scs-0001-v1-a', label: 'A', docId: 'scs-0001-v1-a' }] },
    { type: 'category', label: 'IaaS', items: [{ type: 'link', href: '/standards/iaas', label: 'IaaS' }, { type: 'link', href: '/standards/scs-0002-v1-b', label: 'B', docId: 'scs-0002-v1-b' }] },
  ];
  const doc = (name: string) => ({ path: `/standards/${name}`, sidebar: 'standards', modules: { content: `@site/${name}.md` } });
  store.setDocs({
    pluginName: 'docusaurus-plugin-content-docs',
    pluginId: 'standards',
    routes: [{ path: '/standards', props: { version: { pluginId: 'standards', version: 'current', docsSidebars: { standards: sidebar }, docs: {} } }, routes: [{ path: '/standards', routes: [doc('scs-0001-v1-a'), doc('scs-0002-v1-b')] }] }],
    data: new Map([
      ['a.json', { id: 'scs-0001-v1-a', permalink: '/standards/scs-0001-v1-a', title: 'A' }],
      ['b.json', { id: 'scs-0002-v1-b', permalink: '/standards/scs-0002-v1-b', title: 'B' }],
    ]),
  });
  store.setBodyRenderer(async (file, text) => {
    renders.push(path.basename(file));
    const a = path.basename(file).startsWith('scs-0001');
    return { nodes: [text.split('---\n')[2]], assets: a ? ['media/p.png', '/abs/svg/copy.svg'] : [], toc: [], contentTitle: a ? 'A' : undefined } as never;
  });
});

afterAll(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

describe('the server\'s standards pages', () => {
  it('writes every page\'s data as the dev server composes it, each sidebar once, an index and a module requiring each attachment once', async () => {
    const summary = await writeServerPages(store, dir, '/');
    expect(summary).toEqual({ pages: 4, attachments: 2, sidebars: 2 });
    const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(index)).toEqual(['/standards', '/standards/iaas', '/standards/scs-0001-v1-a', '/standards/scs-0002-v1-b']);
    const sidebarFiles = new Set<string>();
    for (const [key, file] of Object.entries(index)) {
      const written = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Record<string, unknown>;
      const composed = (await store.pageData(key, '/', (documentFile, asset) => path.resolve(path.dirname(documentFile), asset)))!;
      if (composed.kind === 'doc') {
        // The page's sidebar is in the file its data names, written once for every page that shows it.
        const shared = (written.sidebar as Record<string, string>)[SHARED_SIDEBAR_KEY]!;
        sidebarFiles.add(shared);
        expect(JSON.parse(await readFile(path.join(dir, shared), 'utf8')), key).toEqual(composed.sidebar);
        expect(written, key).toEqual({ ...composed, sidebar: { [SHARED_SIDEBAR_KEY]: shared } });
      } else {
        expect(written, key).toEqual(composed);
      }
    }
    expect([...sidebarFiles].sort()).toEqual(['sidebars/0.json', 'sidebars/1.json']);
    const a = JSON.parse(await readFile(path.join(dir, index['/standards/scs-0001-v1-a']!), 'utf8')) as { content: { assets: string[]; nodes: string[] } };
    expect(a.content.assets).toEqual([path.join(siteDir, 'media/p.png'), '/abs/svg/copy.svg']);
    expect(a.content.nodes).toEqual(['First body.\n']);
    const attachments = await readFile(path.join(dir, 'attachments.js'), 'utf8');
    expect(attachments).toBe(attachmentsModuleCode(['/abs/svg/copy.svg', path.join(siteDir, 'media/p.png')]));
    expect(attachments).toContain(`${JSON.stringify(path.join(siteDir, 'media/p.png'))}: require(`);
    expect(attachments).toMatch(/url-loader.*\/media\/p\.png"\)\.default,/);
  });

  it('keeps no body once its page is written, and leaves no file of an earlier build', async () => {
    await writeFile(path.join(dir, 'pages', '99.json'), '{}');
    renders.length = 0;
    await writeServerPages(store, dir, '/');
    await writeServerPages(store, dir, '/');
    expect(renders.sort()).toEqual(['scs-0001-v1-a.md', 'scs-0001-v1-a.md', 'scs-0002-v1-b.md', 'scs-0002-v1-b.md']);
    expect((await readdir(path.join(dir, 'pages'))).sort()).toEqual(['0.json', '1.json', '2.json', '3.json']);
  });

  it('reads a page\'s data on the server with its attachments\' addresses, and refuses an address without data', async () => {
    await writeServerPages(store, dir, '/');
    const read = createReader(dir, { [path.join(siteDir, 'media/p.png')]: '/assets/images/p-1234.png', '/abs/svg/copy.svg': 'data:image/svg+xml;base64,AA' });
    expect(read('/standards/iaas')).toEqual({ kind: 'track', path: '/standards/iaas', context: { plugin: { name: 'scs-standards', id: 'default' } }, props: { track: 'IaaS' } });
    const doc = read('/standards/scs-0001-v1-a') as { content: { assets: string[] }; sidebar: unknown };
    expect(doc.content.assets).toEqual(['/assets/images/p-1234.png', 'data:image/svg+xml;base64,AA']);
    // With its sidebar, the same as the dev server's data but for the attachments' addresses; the shared sidebar is read once.
    const composed = (await store.pageData('/standards/scs-0001-v1-a', '/'))! as { content: Record<string, unknown> };
    expect(doc).toEqual({ ...composed, content: { ...composed.content, assets: doc.content.assets } });
    expect(Object.keys(doc)).toEqual(Object.keys(composed));
    expect((read('/standards/scs-0001-v1-a') as { sidebar: unknown }).sidebar).toBe(doc.sidebar);
    const b = read('/standards/scs-0002-v1-b') as { sidebar: Array<{ type: string }>; content: { assets: string[] } };
    expect(b.sidebar.map((item) => item.type)).toEqual(['category', 'category']);
    expect(b.content.assets).toEqual([]);
    expect(() => read('/standards/unknown')).toThrow('No page data for /standards/unknown');
    expect(() => read('__proto__')).toThrow('No page data for __proto__');
    expect(() => createReader(dir, {})('/standards/scs-0001-v1-a')).toThrow(`The attachment ${path.join(siteDir, 'media/p.png')} of /standards/scs-0001-v1-a was not bundled`);
  });

  it('gives the server bundle one module: the runtime\'s reader and the browser\'s page component', () => {
    const code = serverPagesModuleCode('/site/.docusaurus/scs-server-pages');
    expect(code).toBe(
      [
        `var runtime = require(${JSON.stringify(SERVER_PAGES_RUNTIME)});`,
        `var page = require("@site/src/components/standards/routes/server-page");`,
        `module.exports = { read: runtime.createReader("/site/.docusaurus/scs-server-pages", require("./attachments.js")), Page: page.default };`,
        '',
      ].join('\n'),
    );
    const entry = writeServerPagesModule(path.join(siteDir, 'fresh'));
    expect(path.basename(entry)).toBe('server-pages.js');
    expect(attachmentsModuleCode([])).toBe('module.exports = {\n};\n');
  });
});
