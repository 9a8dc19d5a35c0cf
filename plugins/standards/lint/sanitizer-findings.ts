// What the portal's sanitizer does to a document, as findings (rule
// `content-safety`). It pulls in the whole render pipeline (hast, parse5,
// the sanitizer), so the rule loads it on first use, like the Markdown parser:
// a lint run served from the cache never needs it.
import { find, html } from 'property-information';
import type { Html, Root } from 'mdast';
import { visitNodes } from '../markdown/markdown.js';
import { unclosedHtmlOf } from '../markdown/unclosed-html.js';
import { hasAdmonitions, parseWithAdmonitions } from '../render/admonitions.js';
import { documentHast } from '../render/document-hast.js';
import { STANDARDS_SCHEMA, type SanitizeChange } from '../render/sanitize.js';
import type { Finding, Position } from '../report/diagnostic.js';
import { htmlTags } from './html-tags.js';

const URL_PROPERTIES: Record<string, string> = {
  href: 'an http(s), mailto or relative URL',
  src: 'an http(s) or relative URL',
  cite: 'an http(s) or relative URL',
};

/**
 * Findings for a document body: `tree` is the linter's Markdown tree of
 * `source` (the body at its file lines, see markdown.ts bodySource).
 */
export function sanitizerFindings(tree: Root, source: string, body: string): Finding[] {
  // The portal reads `:::note` blocks as admonitions; the tree it sanitizes is that one.
  const mdast: Root = hasAdmonitions(body) ? parseWithAdmonitions(source) : tree;
  const findings: Finding[] = [];
  visitNodes(mdast, (node) => {
    const unclosed = node.type === 'html' ? unclosedHtmlOf(node as Html) : undefined;
    if (unclosed) findings.push({ message: unclosedMessage(unclosed.construct), span: { start: { line: unclosed.line, column: unclosed.column } } });
  });
  const lines = source.split('\n');
  for (const change of documentHast(mdast).changes) {
    findings.push({ message: changeMessage(change), span: { start: changePosition(change, lines) } });
  }
  return findings.sort((a, b) => a.span!.start.line - b.span!.start.line || a.span!.start.column - b.span!.start.column);
}

function unclosedMessage(construct: string): string {
  if (construct === '<!--') return 'Unexpected unclosed comment `<!--`, expected `-->` in the same HTML block (the rest of the document would be hidden)';
  if (construct === '<') return 'Unexpected tag without its closing `>`, expected a complete tag (the rest of the document would be read as its attributes)';
  if (construct.startsWith('<!')) return `Unexpected unclosed \`${construct}\`, expected it closed in the same HTML block (the rest of the document would be hidden)`;
  const name = construct.slice(1, -1);
  return `Unexpected unclosed \`${construct}\`, expected \`</${name}>\` in the same HTML block (the rest of the document would be hidden)`;
}

/** The attribute as written in HTML (`onclick`, `xlink:href`, `class`) for a hast property name. */
function attributeName(property: string): string {
  return find(html, property).attribute;
}

function allowedName(tagName: string, property: string): boolean {
  const attributes = STANDARDS_SCHEMA.attributes ?? {};
  const named = (list: ReadonlyArray<string | readonly unknown[]> | undefined) =>
    (list ?? []).some((definition) => (typeof definition === 'string' ? definition : definition[0]) === property);
  return named(attributes[tagName]) || named(attributes['*']);
}

function changeMessage(change: SanitizeChange): string {
  const element = `\`<${change.tagName}>\``;
  switch (change.kind) {
    case 'element-dropped':
      return `Unexpected ${element} element, expected passive HTML only (the portal removes it with its content)`;
    case 'element-unwrapped':
      return `Unexpected ${element} element, expected passive HTML only (the portal shows its content without it)`;
    case 'attribute-dropped': {
      const name = attributeName(change.property);
      const scheme = /^([^:/?#]*):/.exec(change.value)?.[1];
      if (URL_PROPERTIES[change.property] && scheme !== undefined && allowedName(change.tagName, change.property)) {
        return `Unexpected \`${scheme.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase()}:\` URL in \`${name}\` of ${element}, expected ${URL_PROPERTIES[change.property]}`;
      }
      if (allowedName(change.tagName, change.property)) {
        return `Unexpected value \`${change.value}\` of \`${name}\` on ${element}, expected one the portal allows (it removes the attribute)`;
      }
      return `Unexpected attribute \`${name}\` on ${element}, expected passive attributes only (the portal removes it)`;
    }
    case 'attribute-changed': {
      const name = attributeName(change.property);
      return change.value === ''
        ? `Unexpected ${element} without \`${name}\`, expected \`${name}="${change.to}"\` (the portal adds it)`
        : `Unexpected value \`${change.value}\` of \`${name}\` on ${element}, expected \`${change.to}\` (the portal changes it)`;
    }
  }
}

/** The change's line and column: an attribute's own, when the element was written as an HTML tag. */
function changePosition(change: SanitizeChange, lines: readonly string[]): Position {
  const start = change.position ?? { line: 1, column: 1 };
  if (change.kind !== 'attribute-dropped' && change.kind !== 'attribute-changed') return start;
  const rest = [lines[start.line - 1]?.slice(start.column - 1) ?? '', ...lines.slice(start.line, start.line + 50)].join('\n');
  if (!rest.startsWith('<')) return start;
  const [tag] = htmlTags(rest);
  const name = attributeName(change.property).toLowerCase();
  const attribute = tag?.attributes.find((candidate) => candidate.name.toLowerCase() === name);
  if (!attribute) return start;
  const before = rest.slice(0, attribute.index);
  const lineBreak = before.lastIndexOf('\n');
  return lineBreak < 0
    ? { line: start.line, column: start.column + attribute.index }
    : { line: start.line + before.split('\n').length - 1, column: attribute.index - lineBreak };
}
