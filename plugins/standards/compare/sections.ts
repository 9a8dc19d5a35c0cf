// A document -> its sections for comparison: the text under each heading (any
// level) up to the next heading, as written, with its requirement sentences.
// Build-time only (it parses Markdown); everything after this works on the
// plain data it returns, in Node and in the browser alike.
import type { Nodes, RootContent } from 'mdast';
import { bodySource } from '../markdown/markdown.js';
import { parseMarkdownBody } from '../markdown/markdown-parse.js';
import { ResourceLimitError } from '../markdown/limits.js';
import { buildOutline, headingText } from '../markdown/outline.js';
import type { StandardDocument } from '../model/document.js';
import type { ComparableDocument, DocumentSection } from './model.js';
import { findRequirements } from './requirements.js';

/** `scs-0100-v3`, `scs-0100-w1`; the file name without slug otherwise. */
export function documentLabel(document: Pick<StandardDocument, 'id'>): string {
  return /^scs[-_][^-_]+[-_][vw]\d+/i.exec(document.id)?.[0] ?? document.id;
}

export function buildComparableDocument(document: StandardDocument): ComparableDocument {
  const { id, title, number, version } = document;
  const label = documentLabel(document);
  try {
    return { id, label, title, number, version, sections: buildSectionsOf(document), problem: null };
  } catch (error) {
    if (!(error instanceof ResourceLimitError)) throw error;
    // Too large to read as Markdown: still compared, as one block of text without requirements.
    const section: DocumentSection = { heading: null, depth: 0, anchor: null, line: document.bodyLine, text: document.body.trim(), requirements: [] };
    return { id, label, title, number, version, sections: [section], problem: `its Markdown was not read into sections: ${error.message}` };
  }
}

function buildSectionsOf(document: StandardDocument): DocumentSection[] {
  const tree = parseMarkdownBody(document);
  // Offsets in the tree index the body with a newline per front-matter line before it (bodySource). Sections
  // are cut from the document's own body, not from that string: a cut keeps the string it was cut from, and the
  // sections live as long as the build (diff-props.ts), so each would keep a second copy of every body.
  const shift = bodySource(document).length - document.body.length;
  const cut = (start: number, end: number) => document.body.slice(Math.max(0, start - shift), Math.max(0, end - shift)).trim();
  const length = document.body.length + shift;
  // The outline numbers repeated anchors as the rendered page does; look them up by line.
  const anchorByLine = new Map(buildOutline(tree).headings.map((heading) => [heading.line, heading.anchor]));
  const sections: DocumentSection[] = [];
  let blocks: RootContent[] = [];
  let current: Omit<DocumentSection, 'text' | 'requirements'> & { start: number } = { heading: null, depth: 0, anchor: null, line: document.bodyLine, start: 0 };
  const close = (end: number) => {
    const text = cut(current.start, end);
    // Text before the first heading counts only when there is some.
    if (current.heading !== null || text) {
      // Written out, not rest and spread: those objects get a hidden class each on Node 20 (see compare.ts).
      const { heading, depth, anchor, line } = current;
      sections.push({ heading, depth, anchor, line, text, requirements: findRequirements(blocks as Nodes[]) });
    }
    blocks = [];
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      close(node.position?.start.offset ?? length);
      const line = node.position?.start.line ?? 0;
      current = { heading: headingText(node).replace(/\s+/g, ' ').trim(), depth: node.depth, anchor: anchorByLine.get(line) ?? null, line, start: node.position?.end.offset ?? length };
      continue;
    }
    if (current.heading === null && blocks.length === 0) current.line = node.position?.start.line ?? current.line;
    blocks.push(node);
  }
  close(length);
  return sections;
}
