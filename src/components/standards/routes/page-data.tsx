// A standards page's data, carried by the page itself. The server and the
// browser each have one route for all standards pages (StandardsRoute.tsx).
// The server renders a page from the data written for its address before it
// compiled (plugins/standards/docusaurus/server-pages.ts) and puts the data it
// rendered from into the HTML as JSON (this element); the browser renders the
// same components from that JSON: on the first load from the element (no
// request, and the same output, so hydration matches), after a click from the
// copy written next to the page after the build (plugins/standards/docusaurus/page-data.ts).
import React from 'react';

/** The props of a page component of the standards plugin (overview, track, status, comparison pages). */
export interface PropsPageData {
  kind: 'overview' | 'track' | 'status' | 'diff' | 'compare';
  path: string;
  context: unknown;
  props: Record<string, unknown>;
}

/** A standards document: what the docs theme's components read. */
export interface DocPageData {
  kind: 'doc';
  path: string;
  context: unknown;
  /** The docs version's metadata, without the sidebars (one is below). */
  version: Record<string, unknown>;
  sidebarName: string | null;
  /** The sidebar as this page shows it (plugins/standards/docusaurus/page-sidebar.ts). */
  sidebar: unknown[] | null;
  content: { metadata: Record<string, unknown>; contentTitle: string | null; toc: unknown[]; nodes: unknown[]; assets: string[] };
}

export type PageData = PropsPageData | DocPageData;

export const PAGE_DATA_ELEMENT_ID = 'scs-page-data';

/** Router props a route component receives besides its data. */
const ROUTER_PROPS = new Set(['route', 'location', 'history', 'match', 'staticContext']);

/** A route component's data props: everything but what the router adds. Pure. */
export function dataProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !ROUTER_PROPS.has(key)));
}

/**
 * JSON safe to put inside a `<script>` element: `<`, `>` and `&` escaped (a
 * document's text can hold `</script>`), and the two line separators that old
 * parsers read as line ends. `JSON.parse` reads it back unchanged. Pure.
 */
export function serializePageData(data: PageData): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A type the browser never runs, and that the HTML minifier leaves alone (it
 * rewrites `application/json`), so the escaping above is what the page holds.
 */
export const PAGE_DATA_TYPE = 'application/x-scs-page-data';

/** The page's data as a JSON element the browser never runs. */
export function PageDataScript({ data }: { data: PageData }): React.ReactElement {
  return <script type={PAGE_DATA_TYPE} id={PAGE_DATA_ELEMENT_ID} data-path={data.path} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: serializePageData(data) }} />;
}
