import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { replaceMdxLoader, withoutDocumentList, withoutVersionDocs, withPublishedDocumentsOnly } from './standards-docs-plugin.js';

const MDX_LOADER = createRequire(import.meta.url).resolve('@docusaurus/mdx-loader');

describe('withoutDocumentList', () => {
  it('empties the document list of every version and keeps everything else', () => {
    const data = {
      path: '/standards',
      breadcrumbs: true,
      versions: [
        {
          name: 'current',
          path: '/standards',
          mainDocId: 'scs-0001-v1-sovereign-cloud-standards',
          docs: [{ id: 'scs-0001-v1-sovereign-cloud-standards', path: '/standards/scs-0001-v1-sovereign-cloud-standards', sidebar: 'standards' }],
          draftIds: [],
          sidebars: { standards: { link: { path: '/standards/global', label: 'About Global' } } },
        },
      ],
    };
    expect(withoutDocumentList(data)).toEqual({
      path: '/standards',
      breadcrumbs: true,
      versions: [
        {
          name: 'current',
          path: '/standards',
          mainDocId: 'scs-0001-v1-sovereign-cloud-standards',
          docs: [],
          draftIds: [],
          sidebars: { standards: { link: { path: '/standards/global', label: 'About Global' } } },
        },
      ],
    });
    expect(data.versions[0]!.docs).toHaveLength(1); // the input is left alone
  });
});

describe('replaceMdxLoader', () => {
  it('replaces every use of the MDX loader, keeps everything else, and leaves the input alone', () => {
    const fragment = {
      resolve: { alias: { '~docs': '/site/.docusaurus/docs' } },
      module: {
        rules: [
          { test: /\.mdx?$/i, include: ['/site/Standards/'], use: [{ loader: MDX_LOADER, options: { siteDir: '/site' } }] },
          { test: /\.css$/, use: [{ loader: 'css-loader' }] },
        ],
      },
    };
    const seen: unknown[] = [];
    const replaced = replaceMdxLoader(fragment, (options) => {
      seen.push(options);
      return { loader: 'content-loader', options: { from: options.siteDir } };
    });
    expect(seen).toEqual([{ siteDir: '/site' }]);
    expect(replaced).toEqual({
      resolve: { alias: { '~docs': '/site/.docusaurus/docs' } },
      module: {
        rules: [
          { test: /\.mdx?$/i, include: ['/site/Standards/'], use: [{ loader: 'content-loader', options: { from: '/site' } }] },
          { test: /\.css$/, use: [{ loader: 'css-loader' }] },
        ],
      },
    });
    expect(fragment.module.rules[0]!.use[0]!.loader).toBe(MDX_LOADER);
  });
});

describe('withPublishedDocumentsOnly', () => {
  it('keeps the documents the adapter gave page data, drafts included, and drops the rest', () => {
    const page = (id: string) => ({ id, frontMatter: { title: id, scs: { id } } });
    const notPage = (id: string) => ({ id, frontMatter: { slug: `/unpublished/${id}` } });
    const content = {
      loadedVersions: [{ versionName: 'current', docs: [page('a'), notPage('b'), page('c')], drafts: [notPage('d'), page('e')], sidebars: {} }],
    };
    const kept = withPublishedDocumentsOnly(content);
    expect(kept.loadedVersions[0]!.docs.map((doc) => doc.id)).toEqual(['a', 'c']);
    expect(kept.loadedVersions[0]!.drafts.map((doc) => doc.id)).toEqual(['e']);
    expect(kept.loadedVersions[0]!.versionName).toBe('current');
    expect(content.loadedVersions[0]!.docs).toHaveLength(3);
  });
});

describe('withoutVersionDocs', () => {
  it('empties the document list of the version metadata prop at any depth, keeps sidebars, and leaves the input alone', () => {
    const version = { pluginId: 'standards', version: 'current', docsSidebars: { standards: [{ type: 'link', href: '/standards/a', label: 'a' }] }, docs: { a: { id: 'a', title: 'A', description: 'About a', sidebar: 'standards' } } };
    const routes = {
      path: '/standards',
      component: 'DocsRoot',
      routes: [{ path: '/standards', component: 'DocVersionRoot', props: { version }, routes: [{ path: '/standards', component: 'DocRoot', routes: [{ path: '/standards/a', component: 'DocItem' }] }] }],
    };
    const slim = withoutVersionDocs(routes);
    expect(slim.routes[0]!.props!.version).toEqual({ ...version, docs: {} });
    expect(slim.routes[0]!.routes).toEqual(routes.routes[0]!.routes);
    expect(slim.path).toBe('/standards');
    expect(version.docs.a.title).toBe('A');
  });

  it('leaves routes without a version prop as they are', () => {
    const route = { path: '/standards/iaas', component: 'TrackPage', props: { page: { docs: ['x'] } } };
    expect(withoutVersionDocs(route)).toEqual(route);
  });
});
