// The body of a standard -> its page tree (./page-tree.ts), at build time.
// Markdown is parsed by the linter's parser (CommonMark + GFM, no MDX), raw
// HTML is parsed and then sanitized by allowlist (./document-hast.ts), code is highlighted, headings get the
// anchors the linter checks links against. The portal bundles the result as
// data: no compiler turns a document into code, so a document cannot run any.
import { randomBytes } from 'node:crypto';
import type { Element, ElementContent, Properties, RootContent } from 'hast';
import type { Heading as MdastHeading, Nodes as MdastNodes, Parent as MdastParent, Root as MdastRoot } from 'mdast';
import { find, hastToReact, html } from 'property-information';
import { nodeText, visitNodes } from '../markdown/markdown.js';
import { parseMarkdown } from '../markdown/markdown-parse.js';
import { buildOutline, CLASSIC_ID, COMMENT_ID } from '../markdown/outline.js';
import { hasAdmonitions, parseWithAdmonitions } from './admonitions.js';
import { documentHast } from './document-hast.js';
import { escapeHtml } from './escape-html.js';
import { rehypeHighlightCode } from './highlight.js';
import { separateCells } from './separate-cells.js';
import type { PageBody, PageElement, PageNode, PageProps, TocEntry } from './page-tree.js';

/** The URL to render; or `{ file }`, the path (relative to the document, or absolute) of a file to bundle with the page; or `{ refused }`, a file that is not published. */
export type RewrittenUrl = string | { file: string } | { refused: true };

export interface BodyOptions {
  /**
   * A link's or image's URL as written -> what to render (see RewrittenUrl).
   * May throw (an unresolvable link to another document fails the build).
   * A link to a refused file shows its text, an image its description.
   */
  rewriteUrl?: (url: string, kind: 'link' | 'image') => RewrittenUrl;
}

/** Elements whose white-space text React refuses as children (it would break hydration). */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup']);
/** Props no document may set, whatever the sanitizer let through. */
const FORBIDDEN_PROP = /^(on.*|dangerouslysetinnerhtml|ref|key|children|style|suppress.*warning)$/i;

export function renderBody(markdown: string, options: BodyOptions = {}): PageBody {
  const mdast = hasAdmonitions(markdown) ? parseWithAdmonitions(markdown) : parseMarkdown(markdown);
  const contentTitle = leadingTitle(mdast);
  setHeadingIds(mdast);
  const assets: string[] = [];
  // Stands in for a bundled file's URL until the page tree is built; new for
  // every document, so no URL a document writes can pass for one. A relative
  // URL to the sanitizer (no scheme), so it passes as a link to a file does.
  const assetMarker = `scs-asset-${randomBytes(8).toString('hex')}/`;
  // Markdown's own links and images only: raw HTML keeps its URLs as written, as in Docusaurus.
  if (options.rewriteUrl) rewriteUrls(mdast, options.rewriteUrl, assets, assetMarker);

  // The same safe tree the `content-safety` rule checks (its changes are that rule's findings).
  const { hast } = documentHast(mdast);
  rehypeHighlightCode()(hast);
  // Words of neighbouring cells stay apart in the search index (./separate-cells.ts).
  separateCells(hast);

  const toc: TocEntry[] = [];
  const convert = (node: RootContent | ElementContent, parent: string): PageNode[] => {
    if (node.type === 'text') return TABLE_PARTS.has(parent) && node.value.trim() === '' ? [] : [node.value];
    if (node.type !== 'element') return [];
    const id = node.properties.id;
    const hidden = String(node.properties.className ?? '').includes('sr-only');
    if (/^h[2-6]$/.test(node.tagName) && typeof id === 'string' && id !== '' && !hidden) {
      toc.push({ value: tocHtml(node.children), id, level: Number(node.tagName[1]) });
    }
    const props = reactProps(node, assetMarker);
    const children = node.children.flatMap((child) => convert(child, node.tagName));
    return [[node.tagName, props, ...children] as PageElement];
  };
  const nodes = hast.children.flatMap((child) => convert(child, 'root'));
  return { nodes, toc, contentTitle, assets };
}

function leadingTitle(tree: MdastRoot): string | undefined {
  const first = tree.children.find((child) => child.type !== 'yaml' && child.type !== 'html');
  return first?.type === 'heading' && first.depth === 1 ? nodeText(first).replace(CLASSIC_ID, '') : undefined;
}

/** Gives every heading the anchor the linter computed for it, and drops a written `{#id}` from its text. */
function setHeadingIds(tree: MdastRoot): void {
  const anchors = buildOutline(tree).headings.map((heading) => heading.anchor);
  let index = 0;
  visitNodes(tree, (node) => {
    if (node.type !== 'heading') return;
    const heading = node as MdastHeading;
    heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: anchors[index++] } };
    const last = heading.children.at(-1);
    if (last?.type === 'html' && COMMENT_ID.test(last.value) && last.value.replace(/^<!--\s*/, '').startsWith('#')) {
      heading.children.pop();
      const before = heading.children.at(-1);
      if (before?.type === 'text') before.value = before.value.trimEnd();
    } else if (last?.type === 'text') last.value = last.value.replace(CLASSIC_ID, '');
  });
}

function rewriteUrls(tree: MdastRoot, rewriteUrl: NonNullable<BodyOptions['rewriteUrl']>, assets: string[], assetMarker: string): void {
  const refusedDefinitions = new Set<string>();
  const refusedNodes = new Set<MdastNodes>();
  visitNodes(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const rewritten = rewriteUrl(node.url, node.type === 'image' ? 'image' : 'link');
    if (typeof rewritten === 'string') {
      node.url = rewritten;
      return;
    }
    if ('refused' in rewritten) {
      if (node.type === 'definition') refusedDefinitions.add(node.identifier);
      else refusedNodes.add(node);
      return;
    }
    let index = assets.indexOf(rewritten.file);
    if (index === -1) index = assets.push(rewritten.file) - 1;
    // A marker, not a URL: reactProps makes it an asset reference, and the page swaps in the bundled file's URL.
    // A definition's marker reaches the reference-style links and images that use it.
    node.url = `${assetMarker}${index}`;
  });
  if (refusedNodes.size === 0 && refusedDefinitions.size === 0) return;
  // A link to a file that is not published becomes its text; an image, its description.
  visitNodes(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as MdastParent;
    parent.children = parent.children.flatMap((child): MdastParent['children'] => {
      const refused = refusedNodes.has(child) ||
        ((child.type === 'linkReference' || child.type === 'imageReference') && refusedDefinitions.has(child.identifier));
      if (!refused) return [child];
      if (child.type === 'image' || child.type === 'imageReference') return child.alt ? [{ type: 'text', value: child.alt }] as MdastParent['children'] : [];
      return 'children' in child ? (child.children as MdastParent['children']) : [];
    });
  });
}

/** hast properties -> React props (`className` joined, `aria-*` and `data-*` as attributes, React's spellings). */
function reactProps(element: Element, assetMarker: string): PageProps | 0 {
  const props: PageProps = {};
  const properties: Properties & Record<string, unknown> = element.properties;
  for (const [name, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false || FORBIDDEN_PROP.test(name)) continue;
    const info = find(html, name);
    let key = /^(data|aria)-/.test(info.attribute) ? info.attribute : (hastToReact[info.property] ?? info.property);
    if (FORBIDDEN_PROP.test(key)) continue;
    // A task list's checkbox: shown ticked, not a controlled input.
    if (element.tagName === 'input' && key === 'checked') key = 'defaultChecked';
    if (element.tagName === 'code' && key === 'data-meta') key = 'metastring';
    if (Array.isArray(value)) props[key] = value.join(info.commaSeparated ? ', ' : ' ');
    else if (typeof value === 'string' && value.startsWith(assetMarker)) props[key] = { asset: Number(value.slice(assetMarker.length)) };
    else props[key] = value as string | number | boolean;
  }
  return Object.keys(props).length > 0 ? props : 0;
}


/** A heading's content as the TOC shows it: Docusaurus sets it as HTML, so everything is escaped and only `<code>` survives. */
function tocHtml(children: ElementContent[]): string {
  return children
    .map((child) => {
      if (child.type === 'text') return escapeHtml(child.value);
      if (child.type !== 'element' || child.tagName === 'sup') return '';
      const inner = tocHtml(child.children);
      return child.tagName === 'code' ? `<code>${inner}</code>` : inner;
    })
    .join('');
}
