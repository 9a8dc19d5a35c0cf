// The one sanitizer of a document's HTML (its Markdown and its raw HTML, as
// one hast tree): an allowlist of passive elements, attributes and URL
// schemes, applied by hast-util-sanitize with a schema derived from its
// default, which follows what GitHub allows. The portal renders what comes
// out; the `content-safety` rule reports every change this makes, because it
// calls this same function on the same tree.
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';

type Definitions = NonNullable<Schema['attributes']>[string];

/** Attributes of the default schema that are dropped here: URLs without a scheme check, keyboard shortcuts, form plumbing. */
const NOT_PASSIVE = new Set(['action', 'accessKey', 'acceptCharset', 'encType', 'method', 'longDesc', 'srcSet']);
const without = (definitions: Definitions | undefined): Definitions =>
  (definitions ?? []).filter((definition) => !NOT_PASSIVE.has(typeof definition === 'string' ? definition : definition[0]));

/**
 * Elements removed together with their content: script and styles, embedded
 * documents, inline SVG and MathML (animation can turn their links into
 * script; an SVG file shown with `![…](file.svg)` is published as a static
 * image instead), and elements whose content a parser reads as text or hides.
 * Any other element not allowed is replaced by its content.
 */
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'svg', 'math', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes',
  'plaintext', 'select', 'object', 'embed', 'applet', 'frame', 'frameset', 'head', 'meta', 'link', 'base',
];

export const STANDARDS_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((name) => name !== 'source' && name !== 'picture'), 'admonition'],
  attributes: {
    ...Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).map(([tagName, definitions]) => [tagName, without(definitions)])),
    // A fence's info string after its language (`title="…"`), shown as text by the code block.
    code: [...(defaultSchema.attributes?.code ?? []), 'dataMeta'],
    // `:::note[Title]` blocks: the theme's Admonition component, given text.
    admonition: ['type', 'title'],
  },
  strip: DROPPED_WITH_CONTENT,
  // http(s) and mail only; relative URLs (`./x`, `/x`, `#x`, `?x`) always pass.
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
  allowComments: false,
  allowDoctypes: false,
};

/** The prefix of ids and names written in a document, as on GitHub: they cannot clobber the page's globals. */
export const USER_CONTENT_PREFIX = STANDARDS_SCHEMA.clobberPrefix ?? 'user-content-';

export type SanitizeChange =
  | { kind: 'element-dropped' | 'element-unwrapped'; tagName: string; position: Point | undefined }
  | { kind: 'attribute-dropped'; tagName: string; property: string; value: string; position: Point | undefined }
  | { kind: 'attribute-changed'; tagName: string; property: string; value: string; to: string; position: Point | undefined };

export interface Point {
  line: number;
  column: number;
}

interface Keyed {
  scsKey?: number;
}

/** `tree` made safe, and what that changed, in document order. `tree` itself is left as it was. */
export function sanitizeHast(tree: Root): { tree: Root; changes: SanitizeChange[] } {
  // Number every node (hast-util-sanitize copies `data`), so the output can be matched with the input.
  const byKey: Array<Element | RootContent | ElementContent> = [];
  const stamp = (node: Root | RootContent) => {
    if (node.type !== 'root') {
      node.data = { ...node.data, scsKey: byKey.length } as typeof node.data;
      byKey.push(node);
    }
    if ('children' in node) node.children.forEach(stamp);
  };
  stamp(tree);
  const safe = sanitize(tree, STANDARDS_SCHEMA) as Root;

  const kept = new Map<number, Element | RootContent>();
  const collect = (node: Root | RootContent) => {
    const key = (node.data as Keyed | undefined)?.scsKey;
    if (key !== undefined) {
      kept.set(key, node as RootContent);
      delete (node.data as Keyed).scsKey;
      if (node.data && Object.keys(node.data).length === 0) delete node.data;
    }
    if ('children' in node) node.children.forEach(collect);
  };
  collect(safe);

  const hasKeptDescendant = (node: Element): boolean =>
    node.children.some((child) => kept.has((child.data as Keyed).scsKey!) || (child.type === 'element' && hasKeptDescendant(child)));
  const changes: SanitizeChange[] = [];
  const compare = (node: Root | RootContent) => {
    if (node.type === 'element') {
      const key = (node.data as Keyed).scsKey!;
      const output = kept.get(key);
      const position = node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined;
      if (!output) {
        const unwrapped = hasKeptDescendant(node);
        changes.push({ kind: unwrapped ? 'element-unwrapped' : 'element-dropped', tagName: node.tagName, position });
        if (!unwrapped) return;
      } else {
        compareProperties(node, output as Element, position, changes);
      }
    }
    if ('children' in node) node.children.forEach(compare);
  };
  compare(tree);

  // Leave the input as it was.
  for (const node of byKey) {
    delete (node.data as Keyed).scsKey;
    if (node.data && Object.keys(node.data).length === 0) delete node.data;
  }
  return { tree: safe, changes };
}

function compareProperties(input: Element, output: Element, position: Point | undefined, changes: SanitizeChange[]): void {
  const before: Properties = input.properties;
  const after: Properties = output.properties;
  for (const [property, value] of Object.entries(before)) {
    if (value === undefined || value === null) continue;
    const written = text(value);
    if (!Object.hasOwn(after, property)) {
      changes.push({ kind: 'attribute-dropped', tagName: input.tagName, property, value: written, position });
    } else if (text(after[property]) !== written) {
      changes.push({ kind: 'attribute-changed', tagName: input.tagName, property, value: written, to: text(after[property]), position });
    }
  }
  for (const property of Object.keys(after)) {
    if (!Object.hasOwn(before, property)) {
      changes.push({ kind: 'attribute-changed', tagName: input.tagName, property, value: '', to: text(after[property]), position });
    }
  }
}

function text(value: Properties[string]): string {
  return Array.isArray(value) ? value.join(' ') : String(value);
}
