// A document's Markdown tree -> its safe HTML tree (hast), and what making it
// safe changed. The portal renders the tree (./body.ts); the `content-safety`
// rule reports the changes. One function for both, so a document that passes
// the linter renders as written.
import { randomBytes } from 'node:crypto';
import type { Element, ElementContent, Properties, Root as HastRoot, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import type { Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { VFile } from 'vfile';
import { sanitizeHast, STANDARDS_SCHEMA, USER_CONTENT_PREFIX, type SanitizeChange } from './sanitize.js';

export interface DocumentHast {
  hast: HastRoot;
  /** Every element and attribute the sanitizer removed or changed, except ids and names given the user-content prefix. */
  changes: SanitizeChange[];
}

/** Properties that name ids: the sanitizer prefixes them when a document writes them. */
const CLOBBER = new Set(STANDARDS_SCHEMA.clobber ?? []);

export function documentHast(mdast: MdastRoot): DocumentHast {
  // Ids the pipeline itself made (heading anchors, footnotes) keep their value:
  // they are what links, the table of contents and the linter's anchor checks
  // use. They are marked before raw HTML is parsed, with a marker no document can know.
  const trust = `scs-trusted-${randomBytes(8).toString('hex')}-`;
  const generated = toHast(mdast, { allowDangerousHtml: true }) as HastRoot;
  forEachElement(generated, (element) => {
    keepFenceMeta(element);
    for (const property of CLOBBER) {
      const value = element.properties[property];
      if (value === undefined || value === null) continue;
      element.properties[property] = Array.isArray(value) ? value.map((item) => trust + String(item)) : trust + String(value);
    }
  });
  // The file only makes hast-util-raw keep positions, which findings need.
  const parsed = raw(generated, { file: new VFile() }) as HastRoot;
  const trusted = new Map<Element, Properties>();
  forEachElement(parsed, (element) => {
    const own: Properties = {};
    for (const property of CLOBBER) {
      const value = element.properties[property];
      const values = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
      if (values.length === 0 || !values.every((item) => item.startsWith(trust))) continue;
      const plain = values.map((item) => item.slice(trust.length));
      own[property] = Array.isArray(value) ? plain : plain[0]!;
      delete element.properties[property];
    }
    if (Object.keys(own).length > 0) {
      element.data = { ...element.data, scsTrusted: own } as Element['data'];
    }
  });

  const { tree, changes } = sanitizeHast(parsed);
  forEachElement(tree, (element) => {
    const own = (element.data as { scsTrusted?: Properties } | undefined)?.scsTrusted;
    if (!own) return;
    Object.assign(element.properties, own);
    delete (element.data as { scsTrusted?: Properties }).scsTrusted;
  });
  linkToUserIds(tree);
  return { hast: tree, changes: changes.filter((change) => !isUserContentPrefix(change)) };
}

/** A written id or name that now carries the prefix: in-page links follow it (see linkToUserIds), so readers see no change. */
function isUserContentPrefix(change: SanitizeChange): boolean {
  return change.kind === 'attribute-changed' && CLOBBER.has(change.property) && change.value !== '' &&
    change.to === change.value.split(' ').map((item) => USER_CONTENT_PREFIX + item).join(' ');
}

/** `href="#x"` -> `#user-content-x` when `x` is an id the document wrote and no anchor the pipeline made. */
function linkToUserIds(tree: HastRoot): void {
  const ids = new Set<string>();
  forEachElement(tree, (element) => {
    for (const property of ['id', 'name']) {
      const value = element.properties[property];
      if (typeof value === 'string') ids.add(value);
    }
  });
  forEachElement(tree, (element) => {
    const href = element.properties.href;
    if (element.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
    const target = safeDecode(href.slice(1));
    if (!ids.has(target) && ids.has(USER_CONTENT_PREFIX + target)) element.properties.href = `#${USER_CONTENT_PREFIX}${href.slice(1)}`;
  });
}

/** hast-util-raw keeps properties only, so a fence's info string goes into one first. */
function keepFenceMeta(element: Element): void {
  if (element.tagName !== 'code') return;
  const meta = (element.data as { meta?: unknown } | undefined)?.meta;
  if (typeof meta === 'string' && meta !== '') element.properties.dataMeta = meta;
}

function forEachElement(tree: HastRoot, visit: (element: Element) => void): void {
  const walk = (node: HastRoot | RootContent | ElementContent) => {
    if (node.type === 'element') visit(node);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
