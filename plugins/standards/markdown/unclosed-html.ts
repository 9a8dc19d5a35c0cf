// Raw HTML that, left open, swallows what follows it. An HTML parser reads
// everything after `<style>`, `<script>`, `<title>`, `<textarea>`, `<xmp>`,
// `<iframe>`, `<noembed>`, `<noframes>`, `<noscript>` as that element's text
// until its end tag, everything after `<plaintext>` for good, a `<template>`'s
// or `<select>`'s content as something no page shows, and an unclosed comment
// or tag to the end. The portal parses a document's raw HTML as one stream
// with its Markdown, so one such tag would hide every later section from the
// page and the search index while the linter, reading Markdown, saw them all.
//
// So an HTML node of the Markdown tree must close what it opens of these
// (an inline one: by the end of its paragraph). When it does not, the tag is
// cut out here, at parse time, for the linter, the portal and the exporters
// alike, the text after it is read as Markdown again, and the node records
// what was cut for the `content-safety` rule to report.
import type { Html, Nodes, Parent, Root, RootContent } from 'mdast';
import { parseFragment, type DefaultTreeAdapterMap, type ParserError } from 'parse5';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];

/** Elements whose content an HTML parser reads as text or hides, up to their end tag. */
export const SWALLOWING_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'select',
]);

/** What a node had cut out: `<name>` of an element, `<!--` of a comment, or `<` of a tag without its `>`. */
export interface UnclosedHtml {
  construct: string;
  line: number;
  column: number;
}

interface Cut {
  construct: string;
  /** Offsets in the node's value: the construct's start, and where the text to read again starts. */
  start: number;
  end: number;
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const PRE_FILTER = new RegExp(`<(?:${[...SWALLOWING_ELEMENTS].join('|')})|<!`, 'i');
/** Parents whose children are blocks, where the text after a cut is read as Markdown again. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'containerDirective']);

/** The unclosed constructs recorded on an HTML node, if any. */
export function unclosedHtmlOf(node: Html): UnclosedHtml | undefined {
  return (node.data as { unclosedHtml?: UnclosedHtml } | undefined)?.unclosedHtml;
}

/**
 * Cuts every swallowing construct that an HTML node leaves open out of the
 * tree, in place. `parse` reads the text after a cut (the same parser that
 * made the tree, so the result is what the author would have had without it).
 */
export function cutUnclosedHtml(tree: Root, parse: (markdown: string) => Root): void {
  const visit = (parent: Parent) => {
    for (let index = 0; index < parent.children.length; index++) {
      const node = parent.children[index]!;
      if (node.type !== 'html') {
        if ('children' in node) visit(node);
        continue;
      }
      const block = BLOCK_PARENTS.has(parent.type);
      const cut = firstUnclosed(node.value, block ? '' : laterHtml(parent, index));
      if (!cut) continue;
      const start = pointIn(node, cut.start);
      const before: Html = {
        type: 'html',
        value: node.value.slice(0, cut.start).trimEnd(),
        data: { ...node.data, unclosedHtml: { construct: cut.construct, line: start.line, column: start.column } } as Html['data'],
      };
      if (node.position) before.position = { start: node.position.start, end: start };
      const rest = node.value.slice(cut.end);
      const again = block && rest.trim() !== '' ? shifted(parse(rest).children, pointIn(node, cut.end)) : [];
      parent.children.splice(index, 1, before, ...(again as typeof parent.children));
      // The text read again is visited next: it may open something too.
    }
  };
  visit(tree);
}

/** The values of the HTML nodes after `index` in an inline parent: an element opened inline may close there. */
function laterHtml(parent: Parent, index: number): string {
  return parent.children
    .slice(index + 1)
    .flatMap((child) => (child.type === 'html' ? [child.value] : []))
    .join('');
}

/** The first construct `value` leaves open, unless `closing` (later HTML of the same paragraph) closes an element of it. */
export function firstUnclosed(value: string, closing = ''): Cut | null {
  if (!PRE_FILTER.test(value) && value.lastIndexOf('<') <= value.lastIndexOf('>')) return null;
  const errors: ParserError[] = [];
  const fragment = parseFragment(value, { sourceCodeLocationInfo: true, onParseError: (error) => errors.push(error) });
  const cuts: Cut[] = [];
  const walk = (node: P5Node) => {
    if ('tagName' in node && node.namespaceURI === HTML_NAMESPACE && SWALLOWING_ELEMENTS.has(node.tagName)) {
      const location = (node as P5Element).sourceCodeLocation;
      const closedLater = new RegExp(`</${node.tagName}[\\s/>]`, 'i').test(closing);
      if (location?.startTag && !location.endTag && !closedLater) {
        cuts.push({ construct: `<${node.tagName}>`, start: location.startTag.startOffset, end: location.startTag.endOffset });
        return;
      }
    }
    if (node.nodeName === '#comment' && errors.some((error) => error.code === 'eof-in-comment')) {
      const location = node.sourceCodeLocation;
      if (location && location.endOffset >= value.length) cuts.push({ construct: '<!--', start: location.startOffset, end: location.startOffset + 4 });
    }
    if ('content' in node) walk(node.content as P5Node);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(fragment);
  for (const error of errors) {
    if (error.code === 'eof-in-tag') cuts.push({ construct: '<', start: cutOffTagStart(value), end: value.length });
    if (error.code === 'eof-in-cdata') {
      const start = value.lastIndexOf('<![CDATA[');
      if (start >= 0) cuts.push({ construct: '<![CDATA[', start, end: start + 9 });
    }
    if (error.code === 'eof-in-doctype') {
      const start = value.lastIndexOf('<!');
      if (start >= 0) cuts.push({ construct: '<!DOCTYPE', start, end: value.length });
    }
  }
  return cuts.reduce<Cut | null>((first, cut) => (first === null || cut.start < first.start ? cut : first), null);
}

/** Where a tag that the end of `value` cuts off starts: the last `<` whose removal leaves no tag open. */
function cutOffTagStart(value: string): number {
  for (let start = value.lastIndexOf('<'); start > 0; start = value.lastIndexOf('<', start - 1)) {
    let open = false;
    parseFragment(value.slice(0, start), { onParseError: (error) => (open ||= error.code === 'eof-in-tag') });
    if (!open) return start;
  }
  return 0;
}

/** File line and column of an offset in an HTML node's value (lines after the first assume no container prefix). */
function pointIn(node: Html, offset: number): { line: number; column: number; offset?: number } {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = node.value.slice(0, offset);
  const lineBreak = before.lastIndexOf('\n');
  const line = start.line + (before.split('\n').length - 1);
  const column = lineBreak < 0 ? start.column + offset : offset - lineBreak;
  return start.offset === undefined ? { line, column } : { line, column, offset: start.offset + offset };
}

/** Nodes parsed from text that starts at `origin` of the file, their positions moved there. */
function shifted(nodes: RootContent[], origin: { line: number; column: number; offset?: number }): RootContent[] {
  const move = (point: { line: number; column: number; offset?: number }) => {
    if (point.line === 1) point.column += origin.column - 1;
    point.line += origin.line - 1;
    if (point.offset !== undefined) point.offset = origin.offset === undefined ? undefined : point.offset + origin.offset;
  };
  const visit = (node: Nodes) => {
    if (node.position) {
      move(node.position.start);
      move(node.position.end);
    }
    const unclosed = node.type === 'html' ? unclosedHtmlOf(node) : undefined;
    if (unclosed) move(unclosed);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
  return nodes;
}
