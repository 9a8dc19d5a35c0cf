// Shared pieces of page props: links to documents and tracks, and the words
// for lists. Pure; the page components only render what these return.
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { Registry } from '../model/registry.js';
import { trackByName, type LifecycleState, type Track, type TrackName } from '../model/vocabulary.js';
import { documentPath } from '../export/urls.js';
import { stateLabel, stateViewAt, type LifecycleDates } from './dated.js';

export { stateLabel } from './dated.js';

export interface DocLink {
  /** File name without `.md`. */
  id: string;
  /** Short name, `scs-0100-v3`. */
  label: string;
  title: string;
  /** Null when the document is not in the corpus (a broken reference). */
  url: string | null;
  /** The state on the build day; the page recomputes it from `dates` for the day it is read. */
  state: LifecycleState | null;
  stateLabel: string | null;
  /** What the state is computed from; null when the document is not in the corpus. */
  dates: LifecycleDates | null;
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

/** The fields of a document its state on any day is computed from. */
export function toLifecycleDates(document: StandardDocument): LifecycleDates {
  return { status: document.status, stabilizedAt: document.stabilizedAt, deprecatedAt: document.deprecatedAt, version: document.version };
}

export function toDocLink(document: StandardDocument, date: CalendarDate): DocLink {
  const dates = toLifecycleDates(document);
  const { state } = stateViewAt(dates, date);
  return {
    id: document.id,
    label: shortId(document),
    title: document.title,
    url: documentPath(document),
    state,
    stateLabel: stateLabel(state),
    dates,
  };
}

/** A reference by file name, as written in front matter; unknown names stay plain text. */
export function toReferenceLink(registry: Registry, fileName: string, date: CalendarDate): DocLink {
  const document = registry.byFileName.get(fileName);
  if (document && document.kind !== 'template') return toDocLink(document, date);
  const id = fileName.replace(/\.md$/, '');
  return { id, label: shortId({ id }), title: id, url: null, state: null, stateLabel: null, dates: null };
}

/** `a`, `a and b`, `a, b and c` */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
