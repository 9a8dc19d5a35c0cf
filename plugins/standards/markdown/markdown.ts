// Helpers for the Markdown tree that rules share (the parse itself is in
// markdown-parse.ts, loaded only when a file needs parsing).
import type { Nodes } from 'mdast';
import type { StandardDocument } from '../model/document.js';

/**
 * The body as the tree was parsed from: one empty line per line above the body,
 * then the body. Lines and columns in it are those of the file, so the tree's
 * positions need no shifting, and `offset`s index this string.
 */
export function bodySource(document: StandardDocument): string {
  return '\n'.repeat(Math.max(0, document.bodyLine - 1)) + document.body;
}

/**
 * Calls `visit` on every node below `tree`, parents before children, in
 * document order. With a stack of its own rather than recursion, so no tree
 * can overflow the call stack here (depth is bounded in limits.ts anyway).
 */
export function visitNodes(tree: Nodes, visit: (node: Nodes, parent: Nodes | null) => void): void {
  const stack: Array<[Nodes, Nodes | null]> = [[tree, null]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, parent] = item;
    visit(node, parent);
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index]!, node]);
  }
}

/** Plain text of a node, as mdast-util-to-string gives it (image alt included). */
export function nodeText(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('alt' in node && node.alt) return node.alt;
  if ('children' in node) return node.children.map(nodeText).join('');
  return '';
}
