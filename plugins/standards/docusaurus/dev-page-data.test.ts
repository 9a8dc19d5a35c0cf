import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevPageData, useDevPageData } from './dev-page-data.js';
import { DATA_ROUTE_COMPONENTS } from './client-routes.js';

let siteDir: string;
let store: DevPageData;
const renders: string[] = [];

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(os.tmpdir(), 'scs-dev-page-data-'));
  await writeFile(path.join(siteDir, 'scs-0001-v1-a.md'), '---\ntitle: A\n---\nFirst body.\n');
  store = new DevPageData(siteDir);
  store.setPropsRoutes([{ path: '/standards', component: DATA_ROUTE_COMPONENTS[0], props: { overview: { count: 1 } } }]);
  const sidebar = [
    { type: 'category', label: 'Global', items: [{ type: 'link', href: '/standards/scs-0001-v1-a', label: 'A', docId: 'scs-0001-v1-a' }] },
    { type: 'category', label: 'IaaS', items: [{ type: 'link', href: '/standards/iaas', label: 'IaaS' }, { type: 'link', href: '/standards/scs-0100-v1-b', label: 'B', docId: 'b' }] },
  ];
  store.setDocs({
    pluginName: 'docusaurus-plugin-content-docs',
    pluginId: 'standards',
    routes: [{ path: '/standards', props: { version: { pluginId: 'standards', version: 'current', docsSidebars: { standards: sidebar }, docs: {} } }, routes: [{ path: '/standards', routes: [{ path: '/standards/scs-0001-v1-a', sidebar: 'standards', modules: { content: '@site/scs-0001-v1-a.md' } }] }] }],
    data: new Map([['abc.json', { id: 'scs-0001-v1-a', permalink: '/standards/scs-0001-v1-a', title: 'A' }]]),
  });
  store.setBodyRenderer(async (file, text) => {
    renders.push(text);
    return { nodes: [{ type: 'text', value: text.split('---\n')[2] }], assets: [], toc: [], contentTitle: null } as never;
  });
});

afterAll(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

describe('the dev server\'s page data', () => {
  it('is on unless a production build or SCS_DEV_PAGE_DATA=false', () => {
    expect(useDevPageData({ NODE_ENV: 'development' })).toBe(true);
    expect(useDevPageData({ NODE_ENV: 'test' })).toBe(true);
    expect(useDevPageData({})).toBe(true);
    expect(useDevPageData({ NODE_ENV: 'production' })).toBe(false);
    expect(useDevPageData({ NODE_ENV: 'development', SCS_DEV_PAGE_DATA: 'false' })).toBe(false);
    expect(useDevPageData({ NODE_ENV: 'development', SCS_DEV_PAGE_DATA: ' OFF ' })).toBe(false);
  });

  it('gives a props page its kind, context and props', async () => {
    expect(await store.pageData('/standards/')).toEqual({ kind: 'overview', path: '/standards', context: { plugin: { name: 'scs-standards', id: 'default' } }, props: { overview: { count: 1 } } });
  });

  it('gives a document its version without sidebars, its own sidebar as the page shows it, its metadata and body', async () => {
    expect(await store.pageData('/standards/scs-0001-v1-a')).toEqual({
      kind: 'doc',
      path: '/standards/scs-0001-v1-a',
      context: { plugin: { name: 'docusaurus-plugin-content-docs', id: 'standards' }, data: {} },
      version: { pluginId: 'standards', version: 'current' },
      sidebarName: 'standards',
      sidebar: [
        { type: 'category', label: 'Global', items: [{ type: 'link', href: '/standards/scs-0001-v1-a', label: 'A', docId: 'scs-0001-v1-a' }] },
        { type: 'link', href: '/standards/iaas', label: 'IaaS', className: 'scs-sb-track' },
      ],
      content: { metadata: { id: 'scs-0001-v1-a', permalink: '/standards/scs-0001-v1-a', title: 'A' }, contentTitle: null, toc: [], nodes: [{ type: 'text', value: 'First body.\n' }], assets: [] },
    });
    expect(await store.pageData('/standards/scs-9999-v1-none')).toBeNull();
  });

  it('renders a body again after an edit, once, and tells the listeners which pages changed', async () => {
    const told: unknown[] = [];
    const stop = store.subscribe((paths) => told.push(paths));
    const before = renders.length;
    await store.pageData('/standards/scs-0001-v1-a');
    expect(renders.length).toBe(before);
    await writeFile(path.join(siteDir, 'scs-0001-v1-a.md'), '---\ntitle: A\n---\nSecond body.\n');
    store.bodiesChanged(siteDir, ['scs-0001-v1-a.md', 'scs-0002-v1-unknown.md']);
    expect(told).toEqual([['/standards/scs-0001-v1-a']]);
    const data = (await store.pageData('/standards/scs-0001-v1-a')) as { content: { nodes: unknown[] } };
    expect(data.content.nodes).toEqual([{ type: 'text', value: 'Second body.\n' }]);
    expect(renders.length).toBe(before + 1);
    store.siteReloaded();
    expect(told.at(-1)).toBe('all');
    stop();
  });
});
