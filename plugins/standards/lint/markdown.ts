// The body of a document -> one Markdown tree, parsed once and shared by every
// rule (remark is the slow part of the linter, so nothing parses twice).
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { StandardDocument } from '../model/document.js';

/** One frozen processor for every file: building one costs more than a small parse. */
const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).freeze();

/**
 * The body as the tree was parsed from: one empty line per line above the body,
 * then the body. Lines and columns in it are those of the file, so the tree's
 * positions need no shifting, and `offset`s index this string.
 */
export function bodySource(document: StandardDocument): string {
  return '\n'.repeat(Math.max(0, document.bodyLine - 1)) + document.body;
}

/** Parses the body of a document; positions are file lines and columns. */
export function parseMarkdownBody(document: StandardDocument): Root {
  // `body` has no front matter; remark-frontmatter is there for a file whose
  // body is the whole text, so a `---` block is not read as a rule and a heading.
  return processor.parse(bodySource(document));
}

/** Calls `visit` on every node below `tree`, parents before children, in document order. */
export function visitNodes(tree: Nodes, visit: (node: Nodes, parent: Nodes | null) => void): void {
  const walk = (node: Nodes, parent: Nodes | null) => {
    visit(node, parent);
    if ('children' in node) for (const child of node.children) walk(child, node);
  };
  walk(tree, null);
}

/** Plain text of a node, as mdast-util-to-string gives it (image alt included). */
export function nodeText(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('alt' in node && node.alt) return node.alt;
  if ('children' in node) return node.children.map(nodeText).join('');
  return '';
}
