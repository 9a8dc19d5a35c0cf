// The one route for every standards page (documents, status, track, overview
// and comparison pages; see plugins/standards/docusaurus/client-routes.ts), in
// the browser and on the server. The server renders a page at once from the
// data file of its address (plugins/standards/docusaurus/server-pages.ts).
// In the browser, Docusaurus preloads a route before it renders it, on the first load and on
// every click: this route then reads the page's data (from the JSON in the
// page's HTML, else from the file written next to it after the build) and the
// code that renders it, so the page renders at once and, on the first load,
// exactly as the server rendered it. Kept small: it is in every page's main.js.
import React, { useEffect, useState, type ComponentType } from 'react';
import { matchRoutes } from 'react-router-config';
import siteConfig from '@generated/docusaurus.config';
import routes from '@generated/routes';
import { setPagePrefetcher } from '@site/src/client/page-prefetcher';
import serverPages from '@scs/server-pages';
import { PAGE_DATA_ELEMENT_ID, type PageData } from './page-data';

interface Renderer {
  /** Loads what the page needs besides its data (its kind's component). */
  prepare(data: PageData | null): Promise<void>;
  StandardsPage: ComponentType<{ data: PageData | null; routeProps: Record<string, unknown> }>;
}

const baseUrl = siteConfig.baseUrl;
const data = new Map<string, Promise<PageData | null>>();
const ready = new Map<string, PageData | null>();
let renderer: Promise<Renderer> | undefined;
let loadedRenderer: Renderer | undefined;

/** The address a page's data is kept under: no `.html`, no trailing slash (as the site's pages are built). */
export function pageKey(pathname: string): string {
  const bare = pathname.replace(/(?:\/index)?\.html$/, '');
  return bare.length > 1 ? bare.replace(/\/+$/, '') : bare;
}

/** Where the build put a page's data (plugins/standards/docusaurus/page-data.ts). */
export function pageDataUrl(key: string): string {
  const inSite = key.startsWith(baseUrl) ? key.slice(baseUrl.length) : key.replace(/^\//, '');
  return `${baseUrl}page-data/${inSite}.json`;
}

function fromDocument(key: string): PageData | undefined {
  const element = document.getElementById(PAGE_DATA_ELEMENT_ID);
  if (!element || pageKey(element.dataset.path ?? '') !== key) return undefined;
  try {
    return JSON.parse(element.textContent ?? '') as PageData;
  } catch {
    return undefined;
  }
}

async function fetchData(key: string, fresh: boolean): Promise<PageData | null> {
  // The page's own element holds the data it was rendered from: not what changed after an edit.
  const inPage = fresh ? undefined : fromDocument(key);
  if (inPage) return inPage;
  const response = await fetch(pageDataUrl(key), { headers: { accept: 'application/json' } });
  // No such page: the not-found page is shown (as the site's 404.html shows).
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${pageDataUrl(key)}: HTTP ${response.status}`);
  return (await response.json()) as PageData;
}

async function load(pathname: string, fresh = false): Promise<void> {
  const key = pageKey(pathname);
  let pending = data.get(key);
  if (!pending) {
    pending = fetchData(key, fresh);
    data.set(key, pending);
    // A failed request is asked again next time (Docusaurus reloads the page when a preload fails).
    pending.catch(() => data.delete(key));
  }
  renderer ??= import('./client-page').then((module) => (loadedRenderer = module.default));
  const [page, loaded] = await Promise.all([pending, renderer]);
  await loaded.prepare(page);
  ready.set(key, page);
}

// The dev server (plugins/standards/docusaurus/dev-page-data.ts) says which pages' data changed after an edit:
// their data is fetched again and the open page renders it. Never in a production build.
const DEV = process.env.NODE_ENV === 'development';
const listeners = new Set<() => void>();
let events: EventSource | undefined;
function listenToDevServer(): void {
  if (events || typeof EventSource === 'undefined') return;
  events = new EventSource(`${baseUrl}__scs-dev/page-data-events`);
  events.onmessage = (message) => {
    let paths: string[] | 'all';
    try {
      paths = (JSON.parse(message.data as string) as { paths: string[] | 'all' }).paths;
    } catch {
      return;
    }
    const changed = paths === 'all' ? [...data.keys()] : paths.map(pageKey);
    for (const key of changed) data.delete(key);
    const open = pageKey(window.location.pathname);
    if (!changed.includes(open) && paths !== 'all') return;
    load(open, true).then(
      () => listeners.forEach((listener) => listener()),
      (error: unknown) => console.warn(`[scs-standards] Could not fetch the edited page's data: ${(error as Error)?.message ?? error}`),
    );
  };
}

function useDevUpdates(): void {
  const [, setVersion] = useState(0);
  useEffect(() => {
    listenToDevServer();
    const listener = () => setVersion((version) => version + 1);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}

function StandardsRoute(props: { location: { pathname: string } } & Record<string, unknown>): React.ReactElement | null {
  // A constant: the hook is called on every render or never.
  if (DEV) useDevUpdates();
  const key = pageKey(props.location.pathname);
  // The server renders every standards page through this route too, from the data file of its address
  // (plugins/standards/docusaurus/server-pages.ts); the browser's bundle has no such reader.
  const server = typeof window === 'undefined' ? serverPages : undefined;
  if (server?.read && server.Page) return <server.Page data={server.read(key)} routeProps={props} />;
  const Page = loadedRenderer?.StandardsPage;
  // Always loaded before rendering (preload), unless the preload failed and the page is being reloaded.
  if (!Page || !ready.has(key)) return null;
  return <Page data={ready.get(key) ?? null} routeProps={props} />;
}

/**
 * Docusaurus calls this without an address: before it renders the route (the address is then the one
 * being opened) and when a link to a standards page is hovered (the address is then the page the reader
 * is on, whose data is here already if it is a standards page, and which is not ours to load otherwise).
 */
StandardsRoute.preload = (pathname?: string): Promise<void> =>
  // The server reads a page's data as it renders it (no address is given here, and none is needed).
  typeof window === 'undefined' ? Promise.resolve() : prefetchStandardsPage(pathname ?? window.location.pathname);

/**
 * Loads the data and the code of the page at `pathname` if it is a standards page (nothing otherwise),
 * so that opening it later needs no further request: what src/client/prefetch-on-intent.ts calls (through
 * src/client/page-prefetcher.ts) when a reader hovers, focuses or touches a link to it.
 */
export function prefetchStandardsPage(pathname: string): Promise<void> {
  const ours = matchRoutes(routes as never, pathname).some(({ route }) => route.component === (StandardsRoute as never));
  return ours ? load(pathname) : Promise.resolve();
}
setPagePrefetcher(prefetchStandardsPage);

export default StandardsRoute;
