// Requirement sentences: those that use a requirement keyword of RFC 2119 in
// capitals. The keywords are the ones scs-0001 defines for our standards
// (MUST, MUST NOT, SHOULD, SHOULD NOT, RECOMMENDED, MAY, OPTIONAL); RFC 2119's
// REQUIRED, SHALL and SHALL NOT are not used by our documents and are not
// keywords here. Lower-case "must" is prose, as scs-0001 says.
import type { Nodes, Root } from 'mdast';
import type { Requirement } from './model.js';

/** Longest first, so `MUST NOT` is read as one keyword. */
const KEYWORD = /\b(?:MUST NOT|MUST|SHOULD NOT|SHOULD|NOT RECOMMENDED|RECOMMENDED|MAY|OPTIONAL)\b/g;

export function requirementKeywords(text: string): string[] {
  return [...text.matchAll(KEYWORD)].map((match) => match[0]);
}

/**
 * Sentences of a block of text with their start offsets. A sentence ends at
 * `.`, `!` or `?` followed by white space and a capital letter, digit,
 * quote or bracket, at an empty line, or at the end: "e.g. the" and version
 * numbers such as "1.2" do not end one.
 */
export function splitSentences(text: string): Array<{ text: string; offset: number }> {
  const sentences: Array<{ text: string; offset: number }> = [];
  const boundary = /[.!?](?=\s+["'“‘(`*_\p{Lu}\p{N}])|\n\s*\n/gu;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) sentences.push({ text: raw.trim(), offset: start + lead });
  };
  for (const match of text.matchAll(boundary)) {
    const end = match.index + (match[0].startsWith('\n') ? 0 : 1);
    push(end);
    start = match.index + match[0].length;
  }
  push(text.length);
  return sentences;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A block's text twice: as a reader sees it, and with code spans blanked out
 * (same length), so a keyword inside `code` is not a requirement.
 */
function blockText(node: Nodes): { shown: string; words: string } {
  if (node.type === 'html' || node.type === 'yaml') return { shown: '', words: '' };
  if (node.type === 'inlineCode') return { shown: node.value, words: ' '.repeat(node.value.length) };
  if ('value' in node) return { shown: node.value, words: node.value };
  if (node.type === 'image') return { shown: node.alt ?? '', words: node.alt ?? '' };
  if (!('children' in node)) return { shown: '', words: '' };
  const separator = node.type === 'tableRow' ? ' | ' : '';
  const parts = (node.children as Nodes[]).map(blockText);
  return { shown: parts.map((part) => part.shown).join(separator), words: parts.map((part) => part.words).join(separator) };
}

/**
 * The requirement sentences of some top-level blocks of a document, in order.
 * Paragraphs (in lists, quotes and footnotes too) are split into sentences;
 * a table row counts as one sentence, its cells joined with ` | `. Code
 * blocks, raw HTML and headings hold no requirements.
 */
export function findRequirements(blocks: readonly Nodes[]): Requirement[] {
  const found: Requirement[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'tableRow') {
      const { shown, words } = blockText(node);
      const line = node.position?.start.line ?? 0;
      const pieces = node.type === 'tableRow' ? [{ text: shown.trim(), offset: 0 }] : splitSentences(shown);
      for (const piece of pieces) {
        const keywords = sharedKeywords(requirementKeywords(words.slice(piece.offset, piece.offset + piece.text.length)));
        if (keywords.length === 0) continue;
        const linesBefore = shown.slice(0, piece.offset).split('\n').length - 1;
        found.push({ text: squeeze(piece.text), keywords, line: line + linesBefore });
      }
      return;
    }
    if (node.type === 'code' || node.type === 'heading' || node.type === 'html') return;
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  for (const block of blocks) visit(block);
  return found;
}

/**
 * One array per distinct short list of keywords (`['MUST']`, `['MUST', 'MAY']`, …): the same few lists recur in
 * every document, and a build keeps each requirement (tens of thousands per 1,000 documents) with its comparison.
 * Longer lists are rare and not kept here, so no text can grow this map much.
 */
const keywordLists = new Map<string, string[]>();
function sharedKeywords(keywords: string[]): string[] {
  if (keywords.length === 0 || keywords.length > 4) return keywords;
  const key = keywords.join(' ');
  const shared = keywordLists.get(key);
  if (shared) return shared;
  keywordLists.set(key, keywords);
  return keywords;
}

/** For tests: the requirements of a whole tree. */
export function findRequirementsInTree(tree: Root): Requirement[] {
  return findRequirements(tree.children);
}
