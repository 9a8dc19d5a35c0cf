// Shared pieces of page props: links to documents and tracks, and the words
// for lists. Pure; the page components only render what these return.
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { lifecycleStateAt } from '../model/lifecycle.js';
import type { Registry } from '../model/registry.js';
import { LIFECYCLE_STATES, trackByName, type LifecycleState, type Track, type TrackName } from '../model/vocabulary.js';
import { documentPath } from '../export/urls.js';

export interface DocLink {
  /** File name without `.md`. */
  id: string;
  /** Short name, `scs-0100-v3`. */
  label: string;
  title: string;
  /** Null when the document is not in the corpus (a broken reference). */
  url: string | null;
  state: LifecycleState | null;
  stateLabel: string | null;
}

export interface TrackRef {
  name: TrackName;
  slug: string;
  url: string;
}

/** `/standards/iaas` */
export function trackPath(track: Pick<Track, 'slug'>): string {
  return `/standards/${track.slug}`;
}

export function toTrackRef(name: TrackName | null): TrackRef | null {
  const track = name === null ? undefined : trackByName(name);
  return track ? { name: track.name, slug: track.slug, url: trackPath(track) } : null;
}

/** `scs-0100-v3`, `scs-0100-w1`, `scs-xxxx-v1`. */
export function shortId(document: Pick<StandardDocument, 'id'>): string {
  return /^scs[-_][^-_]+[-_][vw]\d+/i.exec(document.id)?.[0] ?? document.id;
}

export function stateLabel(state: LifecycleState | null): string | null {
  return state === null ? null : LIFECYCLE_STATES[state].label;
}

export function toDocLink(document: StandardDocument, date: CalendarDate): DocLink {
  const state = lifecycleStateAt(document, date);
  return {
    id: document.id,
    label: shortId(document),
    title: document.title,
    url: documentPath(document),
    state,
    stateLabel: stateLabel(state),
  };
}

/** A reference by file name, as written in front matter; unknown names stay plain text. */
export function toReferenceLink(registry: Registry, fileName: string, date: CalendarDate): DocLink {
  const document = registry.byFileName.get(fileName);
  if (document && document.kind !== 'template') return toDocLink(document, date);
  const id = fileName.replace(/\.md$/, '');
  return { id, label: shortId({ id }), title: id, url: null, state: null, stateLabel: null };
}

/** `a`, `a and b`, `a, b and c` */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
