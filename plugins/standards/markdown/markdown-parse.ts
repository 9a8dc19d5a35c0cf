// The body of a document -> one Markdown tree (CommonMark, front matter, GFM),
// parsed once and shared by every rule. remark is the slow part of the
// linter, so this module is loaded only when a file needs parsing, and GFM's
// constructs are switched on only when their marker occurs in the text: a
// construct cannot match without its marker, yet trying it costs time at every
// place it could start (e-mail autolinks at the start of every word). The
// trees are the same as with remark-gfm; markdown-parse.test.ts checks.
import type { Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { StandardDocument } from '../model/document.js';
import { checkMarkdownTree, parseFailure, ResourceLimitError, scanMarkdownSource, type LimitHit } from './limits.js';
import { bodySource, visitNodes } from './markdown.js';
import { cutUnclosedHtml } from './unclosed-html.js';

type FromMarkdownExtension = ReturnType<typeof gfmTableFromMarkdown>;

/** GFM's parts other than autolink literals, in remark-gfm's order, each with a test for text without which it cannot match. */
const GFM_PARTS: ReadonlyArray<{ occurs: (source: string) => boolean; micromark: () => MicromarkExtension; fromMarkdown: () => FromMarkdownExtension }> = [
  { occurs: (source) => source.includes('[^'), micromark: gfmFootnote, fromMarkdown: gfmFootnoteFromMarkdown },
  { occurs: (source) => source.includes('~'), micromark: gfmStrikethrough, fromMarkdown: gfmStrikethroughFromMarkdown },
  // A pipe, or a one-column delimiter row such as `:-` or `-:` (without a colon, `a` over `--` is a heading).
  { occurs: (source) => /\||:-|-:/.test(source), micromark: gfmTable, fromMarkdown: gfmTableFromMarkdown },
  // `[ ]`, `[x]` or `[X]`; any white space counts as the blank.
  { occurs: (source) => /\[[\sxX]\]/.test(source), micromark: gfmTaskListItem, fromMarkdown: gfmTaskListItemFromMarkdown },
];

/**
 * The start of an autolink literal in a text node: `www.`, `http://`, `https://` (any case), or the `@`
 * of an e-mail address. A literal can only form in text, and text nodes hold the text after escapes
 * and character references are decoded, as the autolink transform reads it.
 */
const LITERAL_START = /www\.|https?:\/\/|@/i;

type Autolinks = 'none' | 'urls' | 'urls and e-mail';

/** One frozen processor per set of parts in use: building one costs more than a small parse. */
const processors = new Map<string, Processor<Root>>();

/** A tree, or the resource limit (markdown/limits.ts) the text went over, with where it did. */
export type MarkdownParse = { tree: Root; limit: null } | { tree: null; limit: LimitHit };

/** Parses the body of a document; positions are file lines and columns. Throws ResourceLimitError. */
export function parseMarkdownBody(document: StandardDocument): Root {
  const parsed = parseMarkdownBodyWithinLimits(document);
  if (parsed.limit) throw new ResourceLimitError(parsed.limit);
  return parsed.tree;
}

/** The body of a document, or the limit it went over (for the linter, which reports rather than throws). */
export function parseMarkdownBodyWithinLimits(document: StandardDocument): MarkdownParse {
  return parseWithinLimits(bodySource(document), parseUnchecked, document.bodyLine);
}

/** Markdown text -> tree, as remark with remark-frontmatter and remark-gfm would parse it. Throws ResourceLimitError. */
export function parseMarkdown(source: string): Root {
  const parsed = parseWithinLimits(source, parseUnchecked);
  if (parsed.limit) throw new ResourceLimitError(parsed.limit);
  return parsed.tree;
}

/**
 * Runs `parse` only on text within the limits, and returns its tree only when
 * that is within them too. Every Markdown parse of a document goes through
 * here (render/admonitions.ts has a parser of its own), so the linter, the
 * portal and the exporters accept and refuse the same documents.
 */
export function parseWithinLimits(
  source: string,
  parse: (source: string, checkTree: (tree: Root) => LimitHit | null) => Root | LimitHit,
  firstLine = 1,
): MarkdownParse {
  const scanned = scanMarkdownSource(source, firstLine);
  if (scanned) return { tree: null, limit: scanned };
  let parsed: Root | LimitHit;
  try {
    parsed = parse(source, checkMarkdownTree);
  } catch (error) {
    return { tree: null, limit: parseFailure(error) };
  }
  if ('type' in parsed) {
    const hit = checkMarkdownTree(parsed);
    return hit ? { tree: null, limit: hit } : { tree: parsed, limit: null };
  }
  return { tree: null, limit: parsed };
}

function parseUnchecked(source: string, checkTree: (tree: Root) => LimitHit | null): Root | LimitHit {
  // `body` has no front matter; remark-frontmatter is there for a file whose
  // body is the whole text, so a `---` block is not read as a rule and a heading.
  const parts = GFM_PARTS.map((part) => part.occurs(source));
  // Most URLs in a document are link targets, where no literal forms; so the
  // first parse is without literals, and only text that has the start of one
  // is parsed again with them. The e-mail construct is the costly one: it is
  // tried at the start of every word, and cannot match without an `@` in the source.
  let tree = processorFor(parts, 'none').parse(source);
  // Checked before anything walks it; the second parse only adds links to text, no depth.
  const hit = checkTree(tree);
  if (hit) return hit;
  if (hasLiteralStart(tree)) tree = processorFor(parts, source.includes('@') ? 'urls and e-mail' : 'urls').parse(source);
  // Raw HTML must not hide what follows it; every reader of the tree gets it repaired (and the finding recorded).
  cutUnclosedHtml(tree, parseMarkdown);
  return tree;
}

function hasLiteralStart(tree: Root): boolean {
  let found = false;
  visitNodes(tree, (node) => {
    if (!found && node.type === 'text' && LITERAL_START.test(node.value)) found = true;
  });
  return found;
}

function processorFor(used: readonly boolean[], autolinks: Autolinks): Processor<Root> {
  const key = `${used.map(Number).join('')} ${autolinks}`;
  let processor = processors.get(key);
  if (!processor) {
    const parts = GFM_PARTS.filter((_, index) => used[index]);
    const micromark = parts.map((part) => part.micromark());
    const fromMarkdown = parts.map((part) => part.fromMarkdown());
    if (autolinks !== 'none') {
      micromark.unshift(autolinks === 'urls' ? withoutEmailAutolinks(gfmAutolinkLiteral()) : gfmAutolinkLiteral());
      fromMarkdown.unshift(gfmAutolinkLiteralFromMarkdown());
    }
    processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(function gfmParts() {
        // What remark-gfm does, with the chosen parts only.
        const data = this.data();
        (data.micromarkExtensions ??= []).push(...micromark);
        (data.fromMarkdownExtensions ??= []).push(...fromMarkdown);
      })
      .freeze() as unknown as Processor<Root>;
    processors.set(key, processor);
  }
  return processor;
}

/** The autolink-literal extension without its e-mail construct, which is tried at the start of every word. */
function withoutEmailAutolinks(extension: MicromarkExtension): MicromarkExtension {
  const text: NonNullable<MicromarkExtension['text']> = {};
  for (const [code, constructs] of Object.entries(extension.text ?? {})) {
    const kept = [constructs ?? []].flat().filter((construct) => construct.name !== 'emailAutolink');
    if (kept.length > 0) text[Number(code)] = kept;
  }
  return { text };
}
