// The parts of a document other documents can point at (headings with their
// anchors) and the links it makes: extracted once per file, checked across files.
// Outlines are cached as JSON and sent between threads: plain data only.
import GithubSlugger from 'github-slugger';
import type { Definition, Heading as HeadingNode, Nodes, Root } from 'mdast';
import type { Heading } from '../model/document.js';
import { nodeText, visitNodes } from './markdown.js';

export interface OutlineLink {
  /** `link` and `image` as written inline; `reference` resolved through its definition. */
  kind: 'link' | 'image' | 'definition' | 'reference';
  url: string;
  /** Plain text of the link, for "text names one standard, target another". */
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Outline {
  headings: Heading[];
  links: OutlineLink[];
  /** `id` and `name` attributes written in raw HTML: anchors too, though no heading made them. */
  htmlIds: string[];
}

export function buildOutline(tree: Root): Outline {
  const definitions = new Map<string, Definition>();
  visitNodes(tree, (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  // One slugger per document, fed headings in order: that is how -1, -2 suffixes arise.
  const slugger = new GithubSlugger();
  const outline: Outline = { headings: [], links: [], htmlIds: [] };
  visitNodes(tree, (node) => {
    switch (node.type) {
      case 'heading':
        outline.headings.push(headingOf(node, slugger));
        break;
      case 'link':
        outline.links.push(linkOf(node, 'link', node.url, nodeText(node)));
        break;
      case 'image':
        outline.links.push(linkOf(node, 'image', node.url, node.alt ?? ''));
        break;
      case 'definition':
        outline.links.push(linkOf(node, 'definition', node.url, node.label ?? node.identifier));
        break;
      case 'linkReference': {
        const definition = definitions.get(node.identifier);
        if (definition) outline.links.push(linkOf(node, 'reference', definition.url, nodeText(node)));
        break;
      }
      case 'html':
        for (const match of node.value.matchAll(HTML_ID)) outline.htmlIds.push(match[1] ?? match[2] ?? match[3] ?? '');
        break;
    }
  });
  return outline;
}

const HTML_ID = /<[a-z][^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** `{#custom-id}` at the end of a heading, as Docusaurus reads it. */
export const CLASSIC_ID = /\s*\{#((?:.(?!\{#|\}))*.)\}$/;
/** `<!-- #custom-id -->` as the heading's last node. */
export const COMMENT_ID = /^<!--([\s\S]*)-->$/;

/** A heading's text as a reader sees it: raw HTML and a `{#custom-id}` left out. */
export function headingText(node: HeadingNode): string {
  const text = rawHeadingText(node);
  const classic = CLASSIC_ID.exec(text);
  return classic ? text.slice(0, classic.index) : text;
}

function rawHeadingText(node: HeadingNode): string {
  const textNodes = node.children.filter((child) => child.type !== 'html');
  return nodeText(textNodes.length > 0 ? { type: 'paragraph', children: textNodes } : node);
}

/** A heading's text and the id Docusaurus gives it (see its `headings` remark plugin). */
function headingOf(node: HeadingNode, slugger: GithubSlugger): Heading {
  const line = node.position?.start.line ?? 0;
  const last = node.children.at(-1);
  const commentId = last?.type === 'html' ? COMMENT_ID.exec(last.value)?.[1]?.trim().split(' ')[0] : undefined;
  const text = rawHeadingText(node);
  if (commentId?.startsWith('#') && commentId.length > 1) {
    return { depth: node.depth, text: text.trimEnd(), anchor: commentId.slice(1), line };
  }
  const classic = CLASSIC_ID.exec(text);
  if (classic) {
    // An explicit id never passes through the slugger, so it does not count for de-duplication.
    return { depth: node.depth, text: text.slice(0, classic.index), anchor: classic[1]!.trim(), line };
  }
  return { depth: node.depth, text, anchor: slugger.slug(text), line };
}

function linkOf(node: Nodes, kind: OutlineLink['kind'], url: string, text: string): OutlineLink {
  const start = node.position?.start ?? { line: 0, column: 0 };
  const end = node.position?.end ?? start;
  return { kind, url, text, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
