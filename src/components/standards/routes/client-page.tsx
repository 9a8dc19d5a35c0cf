// How the browser renders a standards page from its data (see ./StandardsRoute.tsx):
// with the same components, props and route nesting the server rendered it
// with, so that the first load hydrates the server's HTML as it is.
import React, { useMemo, type ComponentType } from 'react';
import renderRoutes from '@docusaurus/renderRoutes';
import { RouteContextProvider } from '@docusaurus/core/lib/client/routeContext';
import DocsRoot from '@theme/DocsRoot';
import DocVersionRoot from '@theme/DocVersionRoot';
import DocRoot from '@theme/DocRoot';
import DocItem from '@theme/DocItem';
import NotFound from '@theme/NotFound';
import { createDocumentBody } from '../DocumentBody';
import type { PageNode } from '@site/plugins/standards/render/page-tree';
import type { DocPageData, PageData, PropsPageData } from './page-data';

const PAGES: Record<PropsPageData['kind'], () => Promise<{ default: ComponentType<Record<string, unknown>> }>> = {
  overview: () => import('./OverviewRoute') as never,
  track: () => import('./TrackRoute') as never,
  status: () => import('./StatusRoute') as never,
  diff: () => import('./DiffRoute') as never,
  compare: () => import('./CompareRoute') as never,
};
const loadedPages = new Map<string, ComponentType<Record<string, unknown>>>();

async function prepare(data: PageData | null): Promise<void> {
  if (data === null || data.kind === 'doc' || loadedPages.has(data.kind)) return;
  const load = PAGES[data.kind];
  if (!load) throw new Error(`unknown kind of standards page: ${String(data.kind)}`);
  loadedPages.set(data.kind, (await load()).default);
}

/** Every kind's component at once: the server renders synchronously (./server-page.tsx). */
export function setPages(pages: Record<PropsPageData['kind'], ComponentType<Record<string, unknown>>>): void {
  for (const [kind, Page] of Object.entries(pages)) loadedPages.set(kind, Page);
}

/** The module a document's route would have loaded: the body component with the theme's exports on it. */
const contents = new WeakMap<DocPageData, unknown>();
function docContent(data: DocPageData): unknown {
  let content = contents.get(data);
  if (!content) {
    const { metadata, contentTitle, toc, nodes, assets } = data.content;
    content = Object.assign(createDocumentBody(nodes as PageNode[], assets), {
      metadata,
      frontMatter: metadata.frontMatter ?? {},
      contentTitle: contentTitle ?? undefined,
      toc,
      assets: {},
    });
    contents.set(data, content);
  }
  return content;
}

// Stable components for the nested routes below, so a click from one document to another updates the page
// (the sidebar keeps its state) instead of mounting it again.
type RouteProps = { route: Record<string, unknown> } & Record<string, unknown>;
function VersionRoute(props: RouteProps): React.ReactElement {
  return <DocVersionRoot {...({ ...props, version: props.route.version } as unknown as React.ComponentProps<typeof DocVersionRoot>)} />;
}
function DocumentRoute(props: RouteProps): React.ReactElement {
  return <DocItem {...({ ...props, content: props.route.content } as unknown as React.ComponentProps<typeof DocItem>)} />;
}

function DocumentPage({ data }: { data: DocPageData }): React.ReactElement {
  const routes = useMemo(() => {
    const version = { ...data.version, docs: {}, docsSidebars: data.sidebarName && data.sidebar ? { [data.sidebarName]: data.sidebar } : {} };
    const base = String(data.version.path ?? '/');
    const page = { path: data.path, exact: true, component: DocumentRoute, content: docContent(data), ...(data.sidebarName && { sidebar: data.sidebarName }) };
    const root = { path: base, component: DocRoot, routes: [page] };
    const versionRoute = { path: base, component: VersionRoute, version, routes: [root] };
    return [{ path: base, component: DocsRoot, routes: [versionRoute] }];
  }, [data]);
  return <>{renderRoutes(routes as never)}</>;
}

function StandardsPage({ data, routeProps }: { data: PageData | null; routeProps: Record<string, unknown> }): React.ReactElement {
  if (data === null) {
    return (
      <RouteContextProvider value={{ plugin: { name: 'native', id: 'default' } }}>
        <NotFound />
      </RouteContextProvider>
    );
  }
  if (data.kind === 'doc') {
    return (
      <RouteContextProvider value={data.context as never}>
        <DocumentPage data={data} />
      </RouteContextProvider>
    );
  }
  const Page = loadedPages.get(data.kind)!;
  return (
    <RouteContextProvider value={data.context as never}>
      <Page {...routeProps} {...data.props} />
    </RouteContextProvider>
  );
}

export default { prepare, StandardsPage };
