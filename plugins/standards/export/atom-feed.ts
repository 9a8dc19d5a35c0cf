// `/standards/feed.xml`: an Atom feed of lifecycle events, newest first.
//
// Which events have a date: front matter dates when a version became effective
// (stabilized_at), stopped being effective (deprecated_at) or was turned down
// (rejected_at); only days up to the build date count, a future date has not
// happened yet. Front matter cannot say when a draft appeared or when a future
// deprecation was announced; those two come from git when the caller passes
// file history (the day a file was added; the day it last changed), and are
// left out otherwise rather than given an invented date.
//
// A scheduled date becomes an entry once it has passed: the nightly build on
// or after the day adds "scs-0100-v2 is now deprecated", published at that
// day. Each entry's id is made of the version's name and the kind of event,
// not of a date or the build, so a feed reader that sees the entry again (a
// rebuild, a date corrected in front matter) updates it instead of showing it
// twice.
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { Registry } from '../model/registry.js';
import { absoluteUrl, documentPath, stableName, uniqueIds } from './urls.js';

export type FeedEventKind = 'new-draft' | 'stabilized' | 'deprecation-announced' | 'deprecated' | 'rejected';

export interface FeedEvent {
  date: CalendarDate;
  kind: FeedEventKind;
  document: StandardDocument;
}

export interface FileHistory {
  /** Day of the commit that added the file; null when history does not go back that far (a shallow clone). */
  added: CalendarDate | null;
  /** Day of the newest commit that changed the file. */
  changed: CalendarDate;
}

export interface FeedOptions {
  siteUrl: string;
  title?: string;
  /** Per source path (relative to the corpus root), from git; optional. */
  history?: ReadonlyMap<string, FileHistory>;
  /** Newest entries kept; a feed reader needs the recent past, not all of it. */
  maxEntries?: number;
}

const LABELS: Record<FeedEventKind, string> = {
  'new-draft': 'New draft',
  stabilized: 'Effective',
  'deprecation-announced': 'Deprecation announced',
  deprecated: 'Deprecated',
  rejected: 'Rejected',
};

/** The headline a feed reader shows: the version's name first, then what happened, then its title. */
export function headlineOf(event: FeedEvent): string {
  const { document } = event;
  const name = stableName(document);
  const what = {
    'new-draft': `${name} is a new draft`,
    stabilized: `${name} is now effective`,
    'deprecation-announced': `${name} will be deprecated on ${document.deprecatedAt}`,
    deprecated: `${name} is now deprecated`,
    rejected: `${name} was rejected`,
  }[event.kind];
  return `${what}: ${document.title}`;
}

/** `tag:docs.scs.community,2024:scs-0100-v2/deprecated` (RFC 4151): the same for every build and every date. */
export function entryId(event: Pick<FeedEvent, 'kind' | 'document'>, siteUrl: string): string {
  let host = 'standards.invalid';
  try {
    host = new URL(siteUrl).hostname || host;
  } catch {
    // keep the placeholder: an id must still be unique within the feed, which the name and kind make it
  }
  return `tag:${host},2024:${stableName(event.document)}/${event.kind}`;
}

/** Events that happened on or before `date`, newest first (ties by file name). */
export function buildFeedEvents(registry: Registry, date: CalendarDate, history?: ReadonlyMap<string, FileHistory>): FeedEvent[] {
  const events: FeedEvent[] = [];
  for (const document of registry.documents) {
    if (document.kind === 'template') continue;
    const add = (kind: FeedEventKind, day: CalendarDate | null | undefined) => {
      if (day && day <= date) events.push({ date: day, kind, document });
    };
    add('stabilized', document.stabilizedAt);
    add('deprecated', document.deprecatedAt);
    add('rejected', document.rejectedAt);
    const dates = history?.get(document.path);
    if (dates && document.status === 'Draft') add('new-draft', dates.added);
    if (dates && document.deprecatedAt && document.deprecatedAt > date) add('deprecation-announced', dates.changed);
  }
  return events.sort((a, b) => b.date.localeCompare(a.date) || a.document.fileName.localeCompare(b.document.fileName) || a.kind.localeCompare(b.kind));
}

function summaryOf(event: FeedEvent): string {
  const { document } = event;
  const name = `${document.title} (${document.id})`;
  const replacement = document.replacedBy.length > 0 ? ` Replaced by ${document.replacedBy.join(', ')}.` : '';
  switch (event.kind) {
    case 'new-draft':
      return `${name} was published as a draft; it is not normative.`;
    case 'stabilized':
      return `${name} became effective on ${event.date}.`;
    case 'deprecation-announced':
      return `${name} will be deprecated on ${document.deprecatedAt}.${replacement}`;
    case 'deprecated':
      return `${name} was deprecated on ${event.date}.${replacement}`;
    case 'rejected':
      return `${name} was rejected on ${event.date}.`;
  }
}

/** Escapes text for XML content and attributes, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const timestamp = (day: CalendarDate) => `${day}T00:00:00Z`;

export function buildAtomFeed(registry: Registry, date: CalendarDate, options: FeedOptions): string {
  const events = buildFeedEvents(registry, date, options.history).slice(0, options.maxEntries ?? 200);
  const feedUrl = absoluteUrl(options.siteUrl, '/standards/feed.xml');
  // Two files for one version (a lint error, both still published) must not share an id.
  const ids = uniqueIds(events.map((event) => entryId(event, options.siteUrl)));
  const entries = events.map((event, index) => {
    const url = absoluteUrl(options.siteUrl, documentPath(event.document));
    return [
      '  <entry>',
      `    <id>${escapeXml(ids[index]!)}</id>`,
      `    <title>${escapeXml(headlineOf(event))}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${timestamp(event.date)}</published>`,
      `    <updated>${timestamp(event.date)}</updated>`,
      `    <category term="${event.kind}" label="${LABELS[event.kind]}"/>`,
      `    <summary>${escapeXml(summaryOf(event))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feedUrl)}</id>`,
    `  <title>${escapeXml(options.title ?? 'SCS standards: lifecycle events')}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(options.siteUrl, '/standards'))}"/>`,
    `  <updated>${timestamp(events[0]?.date ?? date)}</updated>`,
    '  <author><name>Sovereign Cloud Stack</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
