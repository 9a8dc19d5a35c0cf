// Tags and attributes in a raw HTML node of the Markdown tree, found the way a
// browser would read them closely enough for safety checks: comments skipped,
// quoted and unquoted values, a tag cut off before its `>` still counted.
import type { Html } from 'mdast';
import type { Position } from '../report/diagnostic.js';

export interface HtmlAttribute {
  name: string;
  /** Null for a bare attribute such as `hidden`. */
  value: string | null;
  /** Offset of the attribute in the node's value. */
  index: number;
}

export interface HtmlTag {
  /** As written; compare in lower case (HTML) or as is (JSX components). */
  name: string;
  closing: boolean;
  attributes: HtmlAttribute[];
  /** Offset of the `<` in the node's value. */
  index: number;
}

const TAG_START = /<(\/?)([A-Za-z][\w:.-]*)/g;
const ATTRIBUTE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function htmlTags(value: string): HtmlTag[] {
  // Blank out comments, keeping offsets, so a commented-out tag is not a tag.
  const source = value.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => ' '.repeat(comment.length));
  const tags: HtmlTag[] = [];
  for (const match of source.matchAll(TAG_START)) {
    const attributesStart = match.index + match[0].length;
    const end = findTagEnd(source, attributesStart);
    const attributes: HtmlAttribute[] = [];
    for (const attribute of source.slice(attributesStart, end).matchAll(ATTRIBUTE)) {
      attributes.push({
        name: attribute[1]!,
        value: attribute[2] ?? attribute[3] ?? attribute[4] ?? null,
        index: attributesStart + attribute.index,
      });
    }
    tags.push({ name: match[2]!, closing: match[1] === '/', attributes, index: match.index });
  }
  return tags;
}

/** The `>` that ends a tag, skipping quoted values; the end of the text if there is none. */
function findTagEnd(source: string, from: number): number {
  let quote: string | null = null;
  for (let index = from; index < source.length; index++) {
    const char = source[index];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>' || char === '<') {
      return index;
    }
  }
  return source.length;
}

/** File line and column of an offset inside an HTML node's value. */
export function positionInNode(node: Html, index: number): Position {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = node.value.slice(0, index);
  const lineBreak = before.lastIndexOf('\n');
  const lines = before.split('\n').length - 1;
  return lineBreak < 0 ? { line: start.line, column: start.column + index } : { line: start.line + lines, column: index - lineBreak };
}
