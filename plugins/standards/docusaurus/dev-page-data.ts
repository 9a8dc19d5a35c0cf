// The dev server's page data (issue #13: an edit shown within 2 s at 1,000
// documents). With `SCS_DEV_PAGE_DATA` on, the dev server's browser bundle gets
// the reduced route table of a production build (./client-routes.ts): one
// route for every standards page, which fetches `page-data/<address>.json`.
// A production build writes those files from the HTML the server rendered
// (./page-data.ts); the dev server has no server bundle, so this module
// answers them from what the plugins hold in memory, in the same shape:
// - the pages of the standards plugin (overview, tracks, status, comparisons):
//   the props their routes were added with;
// - the documents: the docs version's metadata and the sidebar the docs
//   plugin's routes carry, the document's metadata it writes as data, and the
//   body as the content loader renders it (./content-module.ts).
// An edit to a body then needs no bundler rebuild: ./dev-watch.ts calls
// `bodiesChanged`, the document's body is rendered again on the next request,
// and open pages are told (an EventSource stream of the same middleware) to
// fetch their data again. After a reload of the site (front matter, files added
// or removed) every open page fetches again.
import { readFile, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { PageBody } from '../render/page-tree.js';
import { pageSidebar, type SidebarPropItem } from './page-sidebar.js';
import { DATA_ROUTE_COMPONENTS } from './client-routes.js';

/**
 * Whether this process's site serves the standards pages' data from memory: not in a production build
 * (`docusaurus build` sets NODE_ENV; `docusaurus start` leaves it as it was, so a dev server started from a
 * test runs with `test`), and unless `SCS_DEV_PAGE_DATA` is `false`, `0`, `off` or `no`. Pure.
 */
export function useDevPageData(env: { NODE_ENV?: string; SCS_DEV_PAGE_DATA?: string }): boolean {
  return env.NODE_ENV !== 'production' && !/^(?:false|0|off|no)$/i.test(env.SCS_DEV_PAGE_DATA?.trim() ?? '');
}

/** Where the dev server's stream of edits is (the browser's StandardsRoute listens to it in dev). */
export const DEV_EVENTS_PATH = '__scs-dev/page-data-events';
/** Where the dev server serves the files a document shows or links to (production: the bundler's assets). */
export const DEV_ASSET_PATH = '__scs-dev/asset/';

const KINDS: Record<string, string> = {
  [DATA_ROUTE_COMPONENTS[0]]: 'overview',
  [DATA_ROUTE_COMPONENTS[1]]: 'track',
  [DATA_ROUTE_COMPONENTS[2]]: 'status',
  [DATA_ROUTE_COMPONENTS[3]]: 'diff',
  [DATA_ROUTE_COMPONENTS[4]]: 'compare',
};

interface RouteLike {
  path: string;
  component?: string;
  sidebar?: string;
  props?: Record<string, unknown>;
  modules?: Record<string, unknown>;
  routes?: RouteLike[];
}

interface DocEntry {
  path: string;
  /** The document's file, absolute. */
  file: string;
  version: Record<string, unknown>;
  sidebarName: string | null;
}

export type BodyRenderer = (filePath: string, fileContent: string) => Promise<PageBody>;

type Listener = (paths: string[] | 'all') => void;

/**
 * What stands in a page's data for its sidebar (made by pageSidebar), when many pages share one: pageSidebar gives
 * the pages of a track (or of a group of its standards) the same array.
 */
export type ShareSidebar = (sidebar: SidebarPropItem[]) => unknown;

/** The page key of an address: no trailing slash (StandardsRoute's pageKey). Pure. */
function keyOf(address: string): string {
  return address.length > 1 ? address.replace(/\/+$/, '') : address;
}

/**
 * What the dev server knows of the standards pages. One per dev-server
 * process (the two plugins that fill it are separate instances).
 */
export class DevPageData {
  private propsPages = new Map<string, { kind: string; props: Record<string, unknown> }>();
  private docs = new Map<string, DocEntry>();
  private docsByFile = new Map<string, string[]>();
  /** Each document's metadata as JSON text (a tenth of the parsed objects' memory at 10,000 documents), by page key. */
  private metadata = new Map<string, string>();
  private docsContext: unknown = null;
  private bodies = new Map<string, { fileContent: string; body: Promise<PageBody> }>();
  private assets = new Map<string, string>();
  private listeners = new Set<Listener>();
  private renderer: BodyRenderer | undefined;

  constructor(private readonly siteDir: string) {}

  /** The standards plugin's routes (overview, track, status, comparison pages), as added (paths with the base URL). */
  setPropsRoutes(routes: readonly { path: string; component: string; props: object }[]): void {
    const pages = new Map<string, { kind: string; props: Record<string, unknown> }>();
    for (const route of routes) {
      const kind = KINDS[route.component];
      // Kept as added (Docusaurus keeps them too) and copied when a page's data is made: a copy of every page's props
      // up front would double what they take at 10,000 documents.
      if (kind) pages.set(keyOf(route.path), { kind, props: { ...route.props } as Record<string, unknown> });
    }
    this.propsPages = pages;
  }

  /**
   * The standards docs instance's routes and data, as its contentLoaded made them: the version route carries
   * the version's metadata (with the sidebars), each document route its file and sidebar name.
   */
  setDocs(input: { pluginName: string; pluginId: string; routes: readonly RouteLike[]; data: ReadonlyMap<string, unknown> }): void {
    const docs = new Map<string, DocEntry>();
    const byFile = new Map<string, string[]>();
    const visit = (route: RouteLike, version: Record<string, unknown> | undefined) => {
      const own = (route.props?.version as Record<string, unknown> | undefined) ?? version;
      const content = route.modules?.content;
      if (typeof content === 'string' && own) {
        const file = path.resolve(this.siteDir, content.replace(/^@site\//, ''));
        const entry: DocEntry = { path: route.path, file, version: own, sidebarName: route.sidebar ?? null };
        docs.set(keyOf(route.path), entry);
        byFile.set(file, [...(byFile.get(file) ?? []), keyOf(route.path)]);
      }
      for (const child of route.routes ?? []) visit(child, own);
    };
    for (const route of input.routes) visit(route, undefined);
    this.docs = docs;
    this.docsByFile = byFile;
    // The document data the docs plugin wrote (createData), by the permalink it is the page of.
    this.metadata = new Map();
    for (const value of input.data.values()) {
      const permalink = (value as { permalink?: unknown } | null)?.permalink;
      if (typeof permalink === 'string') this.metadata.set(keyOf(permalink), JSON.stringify(value));
    }
    this.docsContext = { plugin: { name: input.pluginName, id: input.pluginId }, data: {} };
    // The bodies depend on the corpus (links to permalinks, attachments): rendered again when asked.
    this.bodies.clear();
  }

  /** How documents' bodies are rendered (the content loader's renderer, with the docs plugin's options). */
  setBodyRenderer(renderer: BodyRenderer): void {
    this.renderer = renderer;
  }

  private async body(file: string): Promise<PageBody> {
    if (!this.renderer) throw new Error('the documents renderer is not ready yet');
    const fileContent = await readFile(file, 'utf8');
    let entry = this.bodies.get(file);
    if (entry?.fileContent !== fileContent) {
      entry = { fileContent, body: this.renderer(file, fileContent) };
      this.bodies.set(file, entry);
      entry.body.catch(() => this.bodies.delete(file));
    }
    return entry.body;
  }

  /** Every standards page's address (with the base URL, no trailing slash): the pages of the standards plugin, then the documents. */
  addresses(): string[] {
    return [...this.propsPages.keys(), ...this.docs.keys()];
  }

  /**
   * The data of the page at `address` (with the base URL), or null when it is not a standards page. A file a
   * document shows or links to gets the address `assetUrl` gives it (the document's file and the file as the
   * body names it); by default the dev server's own (served by the middleware below).
   */
  async pageData(address: string, baseUrl = '/', assetUrl?: (documentFile: string, file: string) => string): Promise<Record<string, unknown> | null> {
    const text = await this.pageDataText(address, baseUrl, assetUrl);
    return text === null ? null : (JSON.parse(text) as Record<string, unknown>);
  }

  /** The same as JSON text (what a production build writes: one serialization per page, not three). */
  async pageDataText(address: string, baseUrl = '/', assetUrl?: (documentFile: string, file: string) => string, shareSidebar?: ShareSidebar): Promise<string | null> {
    const key = keyOf(address);
    const page = this.propsPages.get(key);
    if (page) return JSON.stringify({ kind: page.kind, path: key, context: { plugin: { name: 'scs-standards', id: 'default' } }, props: page.props });
    const doc = this.docs.get(key);
    if (!doc) return null;
    const { docsSidebars, docs: _docs, ...version } = doc.version;
    const sidebars = (docsSidebars ?? {}) as Record<string, SidebarPropItem[]>;
    const items = doc.sidebarName ? sidebars[doc.sidebarName] : undefined;
    const body = await this.body(doc.file);
    const sidebar = doc.sidebarName && items ? pageSidebar(items, key) : null;
    const metadataJson = this.metadata.get(key);
    const metadata: unknown = metadataJson === undefined ? undefined : JSON.parse(metadataJson);
    return JSON.stringify({
      kind: 'doc',
      path: key,
      context: this.docsContext,
      version,
      sidebarName: doc.sidebarName && items ? doc.sidebarName : null,
      sidebar: sidebar && shareSidebar ? shareSidebar(sidebar) : sidebar,
      content: {
        metadata,
        contentTitle: body.contentTitle ?? null,
        toc: body.toc,
        nodes: body.nodes,
        assets: body.assets.map((file) => (assetUrl ? assetUrl(doc.file, file) : this.assetUrl(doc.file, file, baseUrl))),
      },
    });
  }

  /** The dev server's address of a file a document shows or links to (only those are served). */
  private assetUrl(documentFile: string, file: string, baseUrl: string): string {
    const absolute = path.resolve(path.dirname(documentFile), file);
    const name = `${Buffer.from(absolute).toString('base64url')}/${encodeURIComponent(path.basename(absolute))}`;
    this.assets.set(name, absolute);
    return `${baseUrl}${DEV_ASSET_PATH}${name}`;
  }

  /** Forgets every rendered body (a production build composes each page once and keeps none of them). */
  forgetBodies(): void {
    this.bodies.clear();
  }

  /** Bodies of these corpus files changed (paths relative to `standardsDir`): open pages showing them fetch again. */
  bodiesChanged(standardsDir: string, files: readonly string[]): void {
    const keys: string[] = [];
    for (const file of files) {
      const absolute = path.resolve(standardsDir, file);
      this.bodies.delete(absolute);
      keys.push(...(this.docsByFile.get(absolute) ?? []));
    }
    if (keys.length > 0) this.emit(keys);
  }

  /** The site was loaded again: every open page fetches again. */
  siteReloaded(): void {
    this.emit('all');
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(paths: string[] | 'all'): void {
    for (const listener of this.listeners) listener(paths);
  }

  /**
   * The dev server middleware: `<base>page-data/<address>.json`, the event stream and the documents' files.
   * Anything else goes on.
   */
  middleware(baseUrl: string): (request: { url?: string; method?: string; on?: (event: string, run: () => void) => void }, response: DevResponse, next: () => void) => void {
    const dataPrefix = `${baseUrl}page-data/`;
    return (request, response, next) => {
      const url = (request.url ?? '').split('?')[0]!;
      if (request.method && request.method !== 'GET' && request.method !== 'HEAD') return next();
      if (url === `${baseUrl}${DEV_EVENTS_PATH}`) return this.stream(request, response);
      if (url.startsWith(`${baseUrl}${DEV_ASSET_PATH}`)) return void this.serveAsset(url.slice(`${baseUrl}${DEV_ASSET_PATH}`.length), response);
      if (!url.startsWith(dataPrefix) || !url.endsWith('.json')) return next();
      let inSite: string;
      try {
        inSite = decodeURIComponent(url.slice(dataPrefix.length, -'.json'.length));
      } catch {
        return next();
      }
      this.pageData(baseUrl + inSite, baseUrl).then(
        (data) => {
          if (data === null) return send(response, 404, 'application/json', 'null');
          send(response, 200, 'application/json', JSON.stringify(data));
        },
        (error: unknown) => send(response, 500, 'text/plain; charset=utf-8', `Could not make the page data of ${baseUrl}${inSite}: ${(error as Error)?.message ?? error}`),
      );
    };
  }

  private stream(request: { on?: (event: string, run: () => void) => void }, response: DevResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(': connected\n\n');
    const stop = this.subscribe((paths) => response.write(`data: ${JSON.stringify({ paths })}\n\n`));
    request.on?.('close', stop);
  }

  private async serveAsset(name: string, response: DevResponse): Promise<void> {
    const file = this.assets.get(name);
    // Only files a document's data named; anything else is not found (not the app's page, which the dev server would send).
    if (!file || !(await stat(file).then((entry) => entry.isFile(), () => false))) return send(response, 404, 'text/plain; charset=utf-8', 'Not a file a standards document shows or links to');
    response.writeHead(200, { 'cache-control': 'no-store' });
    createReadStream(file).pipe(response as never);
  }
}

interface DevResponse {
  writeHead(status: number, headers: Record<string, string>): void;
  write(chunk: string): void;
  end(chunk?: string): void;
}

function send(response: DevResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

let current: DevPageData | undefined;

/** The dev server's page data of this process (made on first use). */
export function devPageData(siteDir: string): DevPageData {
  current ??= new DevPageData(siteDir);
  return current;
}

/** The one of this process if it was made (dev-watch asks without knowing the site). */
export function existingDevPageData(): DevPageData | undefined {
  return current;
}
