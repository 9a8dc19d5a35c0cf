// The module a standards document becomes in the portal's bundles, in place
// of Docusaurus's MDX compilation: the page tree of its body as JSON data
// (see ../render/), plus the exports the docs theme reads (metadata, front
// matter, table of contents). Compiling MDX made every document a large
// module of code; data is a fraction of the bundler's time and memory, and a
// document can neither run nor import anything.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { aliasedSitePath, getFileLoaderUtils } from '@docusaurus/utils';
import { parseFrontMatter } from '../parse/front-matter.js';
import { ResourceLimitError } from '../markdown/limits.js';
import { attachmentKind } from '../render/attachments.js';
import { renderBody, type RewrittenUrl } from '../render/body.js';
import { isLatestPermalink } from './latest-link.js';
import { sanitizeSvg } from '../render/svg-sanitize.js';
import type { PageBody } from '../render/page-tree.js';
import { serverContentModuleCode, writeServerContent } from './server-data.js';

export interface ContentModuleRequest {
  filePath: string;
  fileContent: string;
  isServer: boolean;
}

/** What the docs plugin gave its MDX loader that a standards document needs too. */
export interface DocsLoaderOptions {
  siteDir: string;
  metadataPath?: (filePath: string) => string;
  resolveMarkdownLink?: (params: { linkPathname: string; sourceFilePath: string }) => string | null;
  markdownConfig?: { hooks?: { onBrokenMarkdownLinks?: unknown; onBrokenMarkdownImages?: unknown } };
}

export interface ContentModuleOptions {
  docs: DocsLoaderOptions;
  /** The corpus folder: the only place files shown or linked by a document are bundled from. */
  root: string;
  /**
   * Short permalinks (static redirect files) -> the page they lead to, so links to them navigate in the app.
   * Asked for each compilation; the same Map while the corpus is unchanged (a new one is a reason to render again).
   */
  permalinkTargets: () => Promise<ReadonlyMap<string, string>>;
  /** The corpus's attachments (parse/file-set.ts), relative to `root`: the only files a page may bundle. Default: any file inside `root`. Same identity rule as `permalinkTargets`. */
  attachments?: () => Promise<ReadonlySet<string>>;
  /** Where SVG files are written once made static; the bundler publishes these copies, never the originals. Default: `<siteDir>/.docusaurus/scs-standards-svg`. */
  svgDir?: string;
  warn?: (message: string) => void;
  /**
   * How many bundles ask for each document: 2 when both the client and the server bundle have the documents,
   * 1 in a production build, whose browser bundle has none (client-routes.ts). A rendered body is kept until
   * that many have asked. Default 2.
   */
  requestsPerDocument?: number;
  /**
   * Production builds: where the server bundle's content modules read their page trees from while their page
   * renders (./server-data.ts), instead of carrying them. Unset (the dev server, tests): the server's module
   * carries its tree as the browser's does.
   */
  serverDataDir?: string;
}

/** The page component and its renderer, bundled once and shared by every document. */
const RENDERER = '@site/src/components/standards/DocumentBody';
const SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/**
 * The loader's compile function. The client and the server bundle each ask
 * for every document; the second asks for the body the first one rendered.
 */
export function createContentCompiler(options: ContentModuleOptions): (request: ContentModuleRequest) => Promise<string> {
  type Entry = { fileContent: string; corpus: Corpus; body: Promise<PageBody>; uses: number };
  const bodies = new Map<string, Entry>();
  return async (request) => {
    // The corpus as it is now (the dev server loads it again after an edit): a body rendered with other
    // permalink targets or attachments is not reused, even for the same text.
    const [targets, attachments] = await Promise.all([options.permalinkTargets(), options.attachments?.()]);
    let entry = bodies.get(request.filePath);
    if (entry?.fileContent !== request.fileContent || entry.corpus.targets !== targets || entry.corpus.attachments !== attachments) {
      const corpus = { targets, attachments };
      entry = { fileContent: request.fileContent, corpus, body: renderDocumentBody(request.filePath, request.fileContent, corpus, options), uses: 0 };
      bodies.set(request.filePath, entry);
    }
    if (++entry.uses >= (options.requestsPerDocument ?? 2)) bodies.delete(request.filePath);
    return moduleCode(request, await entry.body, options.docs, options.serverDataDir);
  };
}

/**
 * A document's body as the loader renders it, without a module around it: the
 * dev server's page data (./dev-page-data.ts) renders bodies so.
 */
export function createBodyRenderer(options: ContentModuleOptions): (filePath: string, fileContent: string) => Promise<PageBody> {
  return async (filePath, fileContent) => {
    const [targets, attachments] = await Promise.all([options.permalinkTargets(), options.attachments?.()]);
    return renderDocumentBody(filePath, fileContent, { targets, attachments }, options);
  };
}

/** What a body's rendering reads of the corpus. */
interface Corpus {
  targets: ReadonlyMap<string, string>;
  attachments: ReadonlySet<string> | undefined;
}

async function renderDocumentBody(filePath: string, fileContent: string, { targets, attachments }: Corpus, options: ContentModuleOptions): Promise<PageBody> {
  const { docs } = options;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const split = parseFrontMatter(fileContent);
  const relativeFile = path.relative(docs.siteDir, filePath);

  const rewriteUrl = (url: string, kind: 'link' | 'image'): RewrittenUrl => {
    if (url.startsWith('#') || SCHEME.test(url)) return url;
    const [, pathname = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(url) ?? [];
    if (pathname.startsWith('/')) {
      const key = pathname.replace(/(.)\/$/, '$1');
      // `/latest` leads to another version depending on the day: the link goes to its redirect page, which picks
      // the version in force on the reader's day (and, without script, the build day's). Checked here, since the
      // broken-link check does not see the redirect pages.
      if (isLatestPermalink(key)) {
        if (!targets.has(key)) report(docs.markdownConfig?.hooks?.onBrokenMarkdownLinks, `Link \`${url}\` in source file "${relativeFile}" is the short link of no standard.`, warn);
        return key + rest;
      }
      return (targets.get(key) ?? pathname) + rest;
    }
    const decoded = safeDecode(pathname);
    // Above the standards folder nothing is published: the link shows its text. A warning, as in the linter
    // (link-leaves-folder), never a reason to leave a readable document unpublished.
    if (pathname !== '' && path.relative(options.root, path.resolve(path.dirname(filePath), decoded)).split(path.sep)[0] === '..') {
      warn(`[scs-standards] ${kind === 'image' ? 'Image' : 'Link'} \`${url}\` in source file "${relativeFile}" leads out of the standards folder; showing its ${kind === 'image' ? 'description' : 'text'} only (link-leaves-folder).`);
      return { refused: true };
    }
    if (kind === 'link' && /\.mdx?$/i.test(decoded)) {
      const permalink = docs.resolveMarkdownLink?.({ linkPathname: decoded, sourceFilePath: filePath }) ?? null;
      if (permalink !== null) return permalink + rest;
      report(docs.markdownConfig?.hooks?.onBrokenMarkdownLinks, `Markdown link with URL \`${url}\` in source file "${relativeFile}" couldn't be resolved.`, warn);
      return url;
    }
    const file = attachments && !attachments.has(path.relative(options.root, path.resolve(path.dirname(filePath), decoded)).split(path.sep).join('/'))
      ? { ok: false as const, why: 'is not an attachment of the standards folder' }
      : bundledFile(options.root, filePath, decoded);
    if (file.ok) {
      // Only passive types are published under the portal's origin (rule `attachment-type` reports the rest).
      const attachment = attachmentKind(decoded);
      if (attachment.kind === 'refused') {
        warn(`[scs-standards] File \`${url}\` in source file "${relativeFile}" is not published: only passive types are (attachment-type).`);
        return { refused: true };
      }
      if (attachment.kind === 'svg') {
        const copy = staticSvg(path.resolve(path.dirname(filePath), decoded), options.svgDir ?? path.join(docs.siteDir, '.docusaurus', 'scs-standards-svg'));
        if (!copy.ok) {
          warn(`[scs-standards] SVG \`${url}\` in source file "${relativeFile}" is not published: ${copy.error}.`);
          return { refused: true };
        }
        return { file: copy.path };
      }
      return { file: decoded };
    }
    if (kind === 'image') report(docs.markdownConfig?.hooks?.onBrokenMarkdownImages, `Image \`${url}\` in source file "${relativeFile}" ${file.why}.`, warn);
    return url;
  };
  // Same limits as the linter: what it reports as resource-limit, the build refuses, naming the file and line.
  const overLimit = split.findings.find((finding) => finding.ruleId === 'resource-limit');
  if (overLimit) throw cannotRender(relativeFile, overLimit.span?.start ?? { line: 1, column: 1 }, overLimit.message);
  const bodyLine = split.present ? split.bodyLine : 1;
  try {
    return renderBody(split.present ? split.body : fileContent, { rewriteUrl });
  } catch (error) {
    if (error instanceof ResourceLimitError) {
      const { line, column } = error.hit.span.start;
      throw cannotRender(relativeFile, { line: line + bodyLine - 1, column }, error.message, error);
    }
    // Anything else (a stack overflow the limits did not foresee): still this file's error, never an anonymous one.
    const message = (error as Error)?.message ?? String(error);
    if (message.includes(relativeFile)) throw error;
    throw new Error(`${relativeFile}:${bodyLine}:1: cannot render this document: ${message}`, { cause: error });
  }
}

function cannotRender(file: string, at: { line: number; column: number }, message: string, cause?: unknown): Error {
  return new Error(`${file}:${at.line}:${at.column}: cannot render this document: ${message} (resource-limit; run \`npm run lint:standards\`)`, { cause });
}

function moduleCode({ filePath, isServer }: ContentModuleRequest, body: PageBody, docs: DocsLoaderOptions, serverDataDir: string | undefined): string {
  // Both bundles emit the files a document shows or links to: in a production build the browser's bundle
  // has no documents (client-routes.ts), and the server bundle's files are copied into the site (index.ts).
  const assetUrls = body.assets.map(attachmentRequire);
  const metadataPath = docs.metadataPath?.(filePath);
  if (isServer && serverDataDir !== undefined) {
    const dataFile = writeServerContent(serverDataDir, { nodes: body.nodes, contentTitle: body.contentTitle, toc: body.toc });
    const metadataRequest = metadataPath ? aliasedSitePath(metadataPath, docs.siteDir) : null;
    return serverContentModuleCode({ dataFile, renderer: RENDERER, metadataRequest, assetRequires: assetUrls });
  }
  return [
    `import { createDocumentBody } from ${JSON.stringify(RENDERER)};`,
    metadataPath
      ? `import metadata from ${JSON.stringify(aliasedSitePath(metadataPath, docs.siteDir))};\nexport { metadata };\nexport const frontMatter = metadata.frontMatter;`
      : `export const frontMatter = {};`,
    `export const contentTitle = ${JSON.stringify(body.contentTitle)};`,
    `export const toc = ${JSON.stringify(body.toc)};`,
    `export const assets = {};`,
    // JSON.parse of a string literal: parsed faster than the same object as code, and it stays data. The
    // server bundle parses it each time the page is rendered, so a document's tree is garbage once its page
    // is written, instead of living in the module cache until the last page of the build; the browser parses it once.
    `export default createDocumentBody(${isServer ? '() => ' : ''}JSON.parse(${JSON.stringify(JSON.stringify(body.nodes))}), [${assetUrls.join(', ')}]);`,
    '',
  ].join('\n');
}

/**
 * The expression a module requires a file a document shows or links to with: Docusaurus's file loaders (a
 * picture inlined when small, else a file under `assets/images/`; any other file under `assets/files/`),
 * emitted by whichever bundle compiles it. `file` is relative to the requiring module, or absolute. Pure.
 */
export function attachmentRequire(file: string): string {
  const { loaders } = getFileLoaderUtils(false);
  const loader = /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i.test(file) ? loaders.inlineMarkdownImageFileLoader : loaders.inlineMarkdownLinkFileLoader;
  const request = loader + (file.startsWith('.') || path.isAbsolute(file) ? file : `./${file}`);
  return `require(${JSON.stringify(request)}).default`;
}

/** Characters a bundled file's path may have: the bundler reads `!`, `?` and `#` in a request as loader syntax. */
const SAFE_PATH = /^[\w.\/ @+,=~-]+$/;

/**
 * Whether a relative path from a document names a file the page may bundle:
 * a regular file inside the corpus folder (symbolic links followed), with a
 * name the bundler takes literally. A document must not publish files from
 * elsewhere on the build machine, nor name a loader for the bundler to run.
 */
function bundledFile(root: string, filePath: string, relative: string): { ok: true } | { ok: false; why: string } {
  if (!SAFE_PATH.test(relative)) return { ok: false, why: 'has characters a bundled file name must not have' };
  const target = path.resolve(path.dirname(filePath), relative);
  let real: string;
  try {
    real = realpathSync(target);
    if (!statSync(real).isFile()) return { ok: false, why: "couldn't be found" };
  } catch {
    return { ok: false, why: "couldn't be found" };
  }
  const inside = path.relative(realpathSync(root), real);
  return inside.startsWith('..') || path.isAbsolute(inside) ? { ok: false, why: 'is outside the standards folder' } : { ok: true };
}

/**
 * An SVG file made a static picture (render/svg-sanitize.ts), written where
 * the bundler takes it from: named by the original's path and content, so two
 * documents' pictures never share a copy and an edit makes a new one.
 */
function staticSvg(file: string, svgDir: string): { ok: true; path: string } | { ok: false; error: string } {
  const source = readFileSync(file, 'utf8');
  const result = sanitizeSvg(source);
  if (!result.ok) return { ok: false, error: `it is not well-formed SVG (${result.error})` };
  const key = createHash('sha256').update(realpathSync(file)).update('\0').update(source).digest('hex').slice(0, 16);
  const name = path.basename(file).replace(/[^\w.-]/g, '_');
  const target = path.join(svgDir, key, name);
  if (!SAFE_PATH.test(target)) return { ok: false, error: 'the build folder has characters a bundled file name must not have' };
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, result.svg);
  return { ok: true, path: target };
}

function safeDecode(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** Follows Docusaurus's `onBrokenMarkdown*` settings: throw, or say it, or stay quiet. */
function report(setting: unknown, message: string, warn: (message: string) => void): void {
  if (setting === 'throw') throw new Error(message);
  if (setting !== 'ignore') warn(`[scs-standards] ${message}`);
}
