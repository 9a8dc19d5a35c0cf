// Which files a document may publish under the portal's origin. A file a
// reader opens from a link runs with the portal's origin if a browser treats
// it as a document (HTML, XHTML, SVG, XML) or script; so only passive types
// are published, SVG only after ./svg-sanitize.ts made it a static picture,
// and every other type (unknown ones included) is refused with a finding
// (rule `attachment-type`) and left unpublished.

/** Passive types by extension, with the name a message uses. */
const PASSIVE: Readonly<Record<string, string>> = {
  png: 'PNG', jpg: 'JPEG', jpeg: 'JPEG', gif: 'GIF', webp: 'WebP', avif: 'AVIF',
  csv: 'CSV', json: 'JSON', yaml: 'YAML', yml: 'YAML', txt: 'plain text', pdf: 'PDF',
};

export const PASSIVE_TYPES_TEXT = 'PNG, JPEG, GIF, WebP, AVIF, SVG, CSV, JSON, YAML, plain text or PDF';

export type AttachmentKind = { kind: 'passive'; type: string } | { kind: 'svg' } | { kind: 'refused'; extension: string };

/** A file path (relative, decoded, without query or fragment) -> what the portal does with it. */
export function attachmentKind(file: string): AttachmentKind {
  const name = file.split('/').at(-1) ?? '';
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (extension === 'svg') return { kind: 'svg' };
  const type = PASSIVE[extension];
  return type ? { kind: 'passive', type } : { kind: 'refused', extension };
}

const SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/**
 * The file a Markdown link or image URL names relative to its document, or
 * null when it names no file to publish: another site, an anchor, a path of
 * the portal, a folder, or another document (`.md`, resolved to its page).
 */
export function attachmentPath(url: string): string | null {
  if (url === '' || url.startsWith('#') || url.startsWith('/') || SCHEME.test(url)) return null;
  const pathname = /^[^?#]*/.exec(url)?.[0] ?? '';
  if (pathname === '' || /(^|\/)\.{0,2}$/.test(pathname) || /\.mdx?$/i.test(pathname)) return null;
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}
