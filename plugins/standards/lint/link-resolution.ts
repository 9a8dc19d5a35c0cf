// Where a link in a standard points, worked out from the corpus alone: a
// document (and an anchor in it), a portal page, an external URL, or
// something the linter cannot check (mail, assets, other parts of the site).
import { posix } from 'node:path';
import { TRACKS } from '../model/vocabulary.js';
import { editDistance } from '../parse/fields.js';
import type { FileSummary, LintOptions } from './rule.js';

export type LinkResolution =
  /** Not checkable here: `mailto:`, assets on disk, portal pages outside the standards. */
  | { kind: 'skip' }
  | { kind: 'external'; url: string }
  /** A document by path or id; `target` is undefined when no such file exists. */
  | { kind: 'document'; target: FileSummary | undefined; name: string; anchor: string | null }
  /** A portal page other than a document: overview, track, status page, short link. */
  | { kind: 'page'; exists: boolean; name: string };

export interface LinkIndex {
  byPath: Map<string, FileSummary>;
  byId: Map<string, FileSummary>;
  numbers: Map<string, string>; // standard number -> track slug
  options: LintOptions;
}

export function buildLinkIndex(files: readonly FileSummary[], options: LintOptions): LinkIndex {
  const index: LinkIndex = { byPath: new Map(), byId: new Map(), numbers: new Map(), options };
  for (const file of files) {
    index.byPath.set(file.path, file);
    const id = fileId(file.path);
    index.byId.set(id, file);
    const number = /^scs-(\d{4})-[vw]\d+-/.exec(id)?.[1];
    const track = number ? TRACKS.find((entry) => entry.digit === number.charAt(1)) : undefined;
    if (number && track) index.numbers.set(number, track.slug);
  }
  return index;
}

export const fileId = (path: string) => posix.basename(path).replace(/\.mdx?$/, '');

export function resolveLink(url: string, fromPath: string, index: LinkIndex): LinkResolution {
  const trimmed = url.trim();
  if (trimmed === '') return { kind: 'skip' };
  if (trimmed.startsWith('#')) return { kind: 'document', target: index.byPath.get(fromPath), name: fileId(fromPath), anchor: decode(trimmed.slice(1)) };
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return resolveAbsolute(trimmed, index);
  const [beforeHash, hash] = splitHash(trimmed);
  const path = decode(beforeHash.split('?')[0] ?? '');
  if (path.startsWith('/')) return resolveSitePath(path, hash, index);
  if (/\.mdx?$/.test(path)) {
    const target = posix.normalize(posix.join(posix.dirname(fromPath), path));
    // Outside the standards folder: not a document, and `link-leaves-folder` reports the link itself.
    if (target === '..' || target.startsWith('../')) return { kind: 'skip' };
    return { kind: 'document', target: index.byPath.get(target), name: fileId(target), anchor: hash };
  }
  if (/\.[a-z0-9]+$/i.test(posix.basename(path))) return { kind: 'skip' }; // an asset file: Docusaurus copies it, we cannot see it
  // A relative URL without extension is relative to the page's own URL.
  const page = new URL(path || '.', `https://portal.invalid${index.options.standardsPath.replace(/\/$/, '')}/${fileId(fromPath)}`);
  return resolveSitePath(decode(page.pathname), path === '' ? null : hash, index);
}

function resolveAbsolute(url: string, index: LinkIndex): LinkResolution {
  if (!/^(https?:)?\/\//i.test(url)) return { kind: 'skip' };
  let parsed: URL;
  let site: URL;
  try {
    parsed = new URL(url, 'https://portal.invalid');
    site = new URL(index.options.siteUrl);
  } catch {
    return { kind: 'external', url };
  }
  const sitePath = site.pathname.replace(/\/$/, '');
  if (parsed.host.toLowerCase() === site.host.toLowerCase() && (parsed.pathname === sitePath || parsed.pathname.startsWith(`${sitePath}/`))) {
    const path = decode(parsed.pathname.slice(sitePath.length) || '/');
    const hash = parsed.hash ? decode(parsed.hash.slice(1)) : null;
    const standardsPath = index.options.standardsPath.replace(/\/$/, '');
    if (path === standardsPath || path.startsWith(`${standardsPath}/`)) return resolveSitePath(path, hash, index);
    return { kind: 'skip' }; // another page of the portal: not a standard
  }
  return { kind: 'external', url };
}

/** A path of the portal, e.g. `/standards/scs-0102-v1-image-metadata` or `/standards/iaas/scs-0102`. */
function resolveSitePath(path: string, anchor: string | null, index: LinkIndex): LinkResolution {
  const standardsPath = index.options.standardsPath.replace(/\/$/, '');
  if (path !== standardsPath && !path.startsWith(`${standardsPath}/`)) return { kind: 'skip' };
  const segments = path.slice(standardsPath.length).split('/').filter(Boolean);
  const [first, second] = segments;
  if (first === undefined) return { kind: 'page', exists: true, name: 'overview' };
  const number = /^scs-(\d{4})$/.exec(first)?.[1];
  if (segments.length === 1) {
    if (TRACKS.some((track) => track.slug === first)) return { kind: 'page', exists: true, name: first };
    if (number) return { kind: 'page', exists: index.numbers.has(number), name: first };
    const id = first.replace(/\.mdx?$/, '');
    return { kind: 'document', target: index.byId.get(id), name: id, anchor };
  }
  if (segments.length === 2 && number && second === 'latest') return { kind: 'page', exists: index.numbers.has(number), name: first };
  const statusNumber = /^scs-(\d{4})$/.exec(second ?? '')?.[1];
  if (segments.length === 2 && statusNumber) return { kind: 'page', exists: index.numbers.get(statusNumber) === first, name: `${first}/${second}` };
  return { kind: 'page', exists: false, name: segments.join('/') };
}

/** Anchors a document offers: its headings' and any ids in its raw HTML. */
export function anchorsOf(file: FileSummary): string[] | null {
  if (!file.outline) return null;
  return [...file.outline.headings.map((heading) => heading.anchor), ...file.outline.htmlIds];
}

/** The candidate closest to `wanted`, if it is close enough to be a likely typo. */
export function nearest(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(wanted.length / 3)) ? best.candidate : undefined;
}

/**
 * Up to `max` anchors close to `wanted`, closest first: those sharing the most
 * words (`conformance` and `conformance-tests`; `name` and `names` count as
 * one word), then the fewest edits. Anchors neither sharing a word nor a
 * likely typo are not close, so an unrelated document gets no list.
 */
export function closestAnchors(wanted: string, anchors: readonly string[], max = 3): string[] {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
  const same = (a: string, b: string) => a === b || (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)));
  const wantedWords = words(wanted);
  const threshold = Math.max(2, Math.floor(wanted.length / 3));
  return [...new Set(anchors)]
    .map((anchor, order) => ({
      anchor,
      order,
      shared: words(anchor).filter((word) => wantedWords.some((other) => same(word, other))).length,
      distance: editDistance(wanted.toLowerCase(), anchor.toLowerCase()),
    }))
    .filter(({ anchor, shared, distance }) => anchor !== wanted && (shared > 0 || distance <= threshold))
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.order - b.order)
    .slice(0, max)
    .map(({ anchor }) => anchor);
}

function splitHash(url: string): [string, string | null] {
  const at = url.indexOf('#');
  return at < 0 ? [url, null] : [url.slice(0, at), decode(url.slice(at + 1))];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
