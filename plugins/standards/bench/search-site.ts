// A search-only copy of the portal for the search benchmark: one page per
// document holding exactly what the portal's document page gives Pagefind (the
// title and the rendered text in `data-pagefind-body`, the banner and metadata
// block ignored but for its filters and metadata), the JSON API that id
// queries read, and a page with the portal's own search client
// (src/search/pagefind.ts, bundled with esbuild). Pagefind then indexes it as
// `npm run build` does. No Docusaurus build: at 1,000 documents this takes
// seconds, so the figures at 10,000 do not need a 3 GB build either.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { buildApiFiles, type OutputFile } from '../export/api-json.js';
import { shortId, stateLabel } from '../docusaurus/links.js';
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { lifecycleStateAt } from '../model/lifecycle.js';
import { standardOf, type Registry } from '../model/registry.js';
import { renderBody } from '../render/body.js';
import { escapeHtml } from '../render/escape-html.js';
import type { PageNode } from '../render/page-tree.js';
import { searchFactAttributes } from '../search/facts.js';
import { LIFECYCLE_FILTER, lifecycleFilterValue } from '../search/state-filter.js';

/** The page that runs the portal's search client; the bench calls `window.searchBench` there. */
export const HARNESS_PATH = '/search-bench.html';

export function buildSearchSitePages(registry: Registry, date: CalendarDate): OutputFile[] {
  const pages = registry.documents.filter((document) => document.kind !== 'template').map((document) => documentPage(registry, document, date));
  return [...pages, ...buildApiFiles(registry, date, 'https://bench.invalid'), { path: HARNESS_PATH, content: HARNESS_HTML }];
}

/** Writes the pages and the bundled search client into `outDir`; Pagefind runs afterwards. */
export async function createSearchSite(repoRoot: string, registry: Registry, date: CalendarDate, outDir: string): Promise<void> {
  for (const file of buildSearchSitePages(registry, date)) {
    const target = path.join(outDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  await buildSearchHarness(repoRoot, outDir);
}

/** Bundles the harness's script (the portal's search client and box) into `outDir/search-bench/`, and the search worker beside it. */
export async function buildSearchHarness(repoRoot: string, outDir: string): Promise<void> {
  const common = {
    alias: { '@site': repoRoot },
    define: { 'process.env.NODE_ENV': '"production"' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // The Pagefind script is a file of the built site, imported at run time, as in the portal.
    logLevel: 'error',
  } as const;
  await build({
    ...common,
    stdin: { contents: HARNESS_ENTRY, resolveDir: repoRoot, loader: 'tsx' },
    plugins: [docusaurusShims(repoRoot), workerStart()],
    jsx: 'automatic',
    splitting: true,
    outdir: path.join(outDir, 'search-bench'),
    entryNames: 'main',
  });
  await build({ ...common, entryPoints: [path.join(repoRoot, 'src/search/search-worker.ts')], outfile: path.join(outDir, WORKER_PATH) });
}

/** Where the harness puts the search worker, which the portal's bundler emits from src/search/start-worker.ts. */
const WORKER_PATH = '/search-bench/search-worker.js';

/** The bundler's worker syntax (`new Worker(new URL(…, import.meta.url))`) is rspack's; here the worker is a file of its own. */
const workerStart = (): Plugin => ({
  name: 'search-worker-start',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]search[\\/]start-worker\.ts$/ }, () => ({
      contents: `export function startSearchWorker() { return new Worker(${JSON.stringify(WORKER_PATH)}, { type: 'module', name: 'scs-search' }); }`,
      loader: 'js',
    }));
  },
});

/**
 * The harness: the portal's search client for the bench's direct calls, and the portal's own navbar
 * search box (src/search/theme/SearchBar) rendered by React in a `<nav>`, so that the bench can also
 * measure what a reader sees: from the last key typed to the hits shown.
 */
const HARNESS_ENTRY = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { loadPagefind, prepareSearch, preloadSearch, searchSite } from '@site/src/search/pagefind';
import SearchBar from '@site/src/search/theme/SearchBar';
window.searchBench = { loadPagefind, prepareSearch, preloadSearch, searchSite };
createRoot(document.getElementById('search-bar')).render(createElement(SearchBar));
`;

/**
 * What SearchBar takes from Docusaurus, for a page with no Docusaurus app: links are plain anchors,
 * the address is the page's own, the site's base URL is \`/\`.
 */
const DOCUSAURUS_SHIMS: Record<string, string> = {
  '@docusaurus/Link': `import { createElement } from 'react';
export default function Link({ to, ...props }) { return createElement('a', { href: to, ...props }); }`,
  '@docusaurus/router': `export const useLocation = () => ({ pathname: window.location.pathname, search: window.location.search, hash: '' });
export const useHistory = () => ({ push: (url) => window.location.assign(url) });`,
  '@docusaurus/useBaseUrl': `export default function useBaseUrl(url) { return url; }`,
};

const docusaurusShims = (repoRoot: string): Plugin => ({
  name: 'docusaurus-shims',
  setup(build) {
    build.onResolve({ filter: /^@docusaurus\// }, (args) => {
      if (!(args.path in DOCUSAURUS_SHIMS)) return { errors: [{ text: `the search harness has no stand-in for ${args.path}` }] };
      return { path: args.path, namespace: 'docusaurus-shim' };
    });
    build.onLoad({ filter: /.*/, namespace: 'docusaurus-shim' }, (args) => ({ contents: DOCUSAURUS_SHIMS[args.path], loader: 'js', resolveDir: repoRoot }));
  },
});

const HARNESS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Search benchmark</title><link rel="stylesheet" href="/search-bench/main.css"></head>
<body><nav><div id="search-bar"></div></nav><main><p>The portal's search client, for the benchmark.</p></main><script type="module" src="/search-bench/main.js"></script></body></html>
`;

function documentPage(registry: Registry, document: StandardDocument, date: CalendarDate): OutputFile {
  const body = renderBody(document.body);
  const state = lifecycleStateAt(document, date);
  const title = escapeHtml(document.title);
  const facts = searchFactAttributes({ ...document, standardId: standardOf(registry, document)?.id ?? null });
  const head = [
    `<div class="scs-document-head" data-pagefind-ignore="">`,
    `<span hidden${attributes(facts)}></span>`,
    `<div class="scs-banner" role="note"><p>`,
    document.track === null ? '' : `Track <span data-pagefind-filter="track">${escapeHtml(document.track)}</span> `,
    // As LifecycleBanner: the badge is text, and the state filter is the dates (search/state-filter.ts), not a day's state.
    `<span class="scs-badge">${escapeHtml(stateLabel(state) ?? 'Supplement')}</span>`,
    state === null ? '' : `<span hidden data-pagefind-filter="${LIFECYCLE_FILTER}:${escapeHtml(lifecycleFilterValue(document))}"></span>`,
    `</p><p>${escapeHtml(stateLabel(state) ?? 'Supplement')} since ${document.stabilizedAt ?? document.deprecatedAt ?? 'a date'}.</p></div>`,
    `<section class="scs-meta"><dl><dt>Document<dd><code data-pagefind-meta="id">${escapeHtml(shortId(document))}</code>`,
    `<dt>Type<dd>${escapeHtml(document.type ?? '')}<dt>Status<dd>${escapeHtml(document.status ?? '')}<dt>Authors<dd>${escapeHtml(document.authors.join(', '))}</dl></section></div>`,
  ].join('');
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>`,
    '<nav><a href="/">Home</a> <a href="/standards">Standards</a></nav>',
    '<main><article><div class="markdown" data-pagefind-body="">',
    body.contentTitle === undefined ? `<header><h1>${title}</h1></header>` : '',
    head,
    pageTreeHtml(body.nodes),
    '</div></article></main></body></html>',
  ].join('\n');
  return { path: `/standards/${document.id}.html`, content: html };
}

const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'wbr']);
const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for' };

function attributes(props: Record<string, unknown>): string {
  return Object.entries(props)
    .filter(([, value]) => typeof value === 'string' || typeof value === 'number' || value === true)
    .map(([name, value]) => ` ${ATTRIBUTE_NAMES[name] ?? name.toLowerCase()}${value === true ? '' : `="${escapeHtml(String(value))}"`}`)
    .join('');
}

/** Page-tree nodes as HTML, as React renders them on the server (text escaped, assets left out). */
export function pageTreeHtml(nodes: readonly PageNode[]): string {
  return nodes.map(toHtml).join('');
}

function toHtml(node: PageNode): string {
  if (typeof node === 'string') return escapeHtml(node);
  const [tag, props, ...children] = node;
  const open = `<${tag}${props ? attributes(props) : ''}>`;
  return VOID.has(tag) ? open : `${open}${children.map(toHtml).join('')}</${tag}>`;
}
