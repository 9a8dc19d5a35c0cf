// Admonitions (`:::note … :::`), as Docusaurus reads them in Markdown:
// a container directive whose name is one of the theme's admonition types,
// with an optional title in brackets or after the name. Only container
// directives are parsed: `:name` in running text stays text, as written.
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Extension } from 'micromark-util-types';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { ResourceLimitError } from '../markdown/limits.js';
import { nodeText, visitNodes } from '../markdown/markdown.js';
import { parseWithinLimits } from '../markdown/markdown-parse.js';
import { cutUnclosedHtml } from '../markdown/unclosed-html.js';

/** The types Docusaurus's Admonition component draws. */
export const ADMONITION_TYPES = new Set(['note', 'tip', 'info', 'warning', 'danger', 'caution', 'important', 'success', 'secondary']);

const OPENING = /^ {0,3}:{3,}[a-z]/im;

export function hasAdmonitions(markdown: string): boolean {
  return OPENING.test(markdown);
}

/**
 * Markdown with admonitions -> tree; admonitions become `admonition` elements
 * (other directives `div`s). Within the same limits as every other parse;
 * throws ResourceLimitError.
 */
export function parseWithAdmonitions(markdown: string): Root {
  const parsed = parseWithinLimits(markdown, (source, checkTree) => {
    const tree = unified().use(remarkParse).use(remarkGfm).use(containerDirectives).parse(withBracketTitles(source)) as Root;
    const hit = checkTree(tree);
    if (hit) return hit;
    cutUnclosedHtml(tree, parseWithAdmonitions);
    return tree;
  });
  if (parsed.limit) throw new ResourceLimitError(parsed.limit);
  visitNodes(parsed.tree, (node) => {
    if (node.type === 'containerDirective') toAdmonition(node as ContainerDirective);
  });
  return parsed.tree;
}

function containerDirectives(this: Processor) {
  const data = this.data();
  // The extension has no names for its constructs; the container is the one that holds other blocks ("concrete").
  const flow = directive().flow as Record<number, Array<{ concrete?: boolean }>>;
  const containerOnly: Extension = { flow: { 58: flow[58]!.filter((construct) => construct.concrete === true) as never } };
  (data.micromarkExtensions ??= []).push(containerOnly);
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
}

function toAdmonition(node: ContainerDirective): void {
  const [first] = node.children;
  const hasLabel = first?.type === 'paragraph' && (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;
  const title = hasLabel ? nodeText(first) : undefined;
  if (hasLabel) node.children.shift();
  const type = node.name.toLowerCase();
  node.data = ADMONITION_TYPES.has(type)
    ? { hName: 'admonition', hProperties: title === undefined ? { type } : { type, title } }
    : { hName: 'div' };
}

/**
 * `:::note Some title` -> `:::note[Some title]`, the form the directive
 * syntax reads (Docusaurus accepts both). Lines inside fenced code are left alone.
 */
export function withBracketTitles(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker))) {
        fence = fence === null ? marker : null;
        return line;
      }
      if (fence !== null) return line;
      const opening = /^( {0,3}:{3,}[a-zA-Z][\w-]*)[ \t]+([^[{\s].*?)\s*$/.exec(line);
      return opening ? `${opening[1]}[${opening[2]!.replace(/[[\]\\]/g, '\\$&')}]` : line;
    })
    .join('\n');
}
