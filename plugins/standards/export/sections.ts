// A document body -> its sections (level-2 and level-3 headings) as plain
// text, with the anchors the portal gives the headings. For search records.
import type { Nodes } from 'mdast';
import { parseMarkdownBody } from '../markdown/markdown-parse.js';
import { buildOutline, headingText } from '../markdown/outline.js';
import type { StandardDocument } from '../model/document.js';

export interface Section {
  heading: string;
  depth: number;
  anchor: string;
  /** Plain text of the section up to the next level-2 or level-3 heading. */
  text: string;
}

export interface DocumentSections {
  /** Plain text before the first section heading. */
  lead: string;
  sections: Section[];
}

/** Text as a reader sees it: code keeps its text, raw HTML is left out. */
function plainText(node: Nodes): string {
  if (node.type === 'html' || node.type === 'yaml') return '';
  if ('value' in node) return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return node.children.map(plainText).join(node.type === 'list' || node.type === 'table' || node.type === 'tableRow' ? ' ' : '');
  return '';
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

export function buildSections(document: StandardDocument): DocumentSections {
  const tree = parseMarkdownBody(document);
  // The outline numbers repeated anchors as the rendered page does; look them up by line.
  const anchorByLine = new Map(buildOutline(tree).headings.map((heading) => [heading.line, heading.anchor]));
  const lead: string[] = [];
  const sections: Array<{ section: Omit<Section, 'text'>; parts: string[] }> = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const anchor = anchorByLine.get(node.position?.start.line ?? 0) ?? '';
      sections.push({ section: { heading: squeeze(headingText(node)), depth: node.depth, anchor }, parts: [] });
      continue;
    }
    (sections.at(-1)?.parts ?? lead).push(squeeze(plainText(node)));
  }
  return {
    lead: lead.filter(Boolean).join(' '),
    sections: sections.map(({ section, parts }) => ({ ...section, text: parts.filter(Boolean).join(' ') })),
  };
}
