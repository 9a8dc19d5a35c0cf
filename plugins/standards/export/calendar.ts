// `/standards/calendar.ics` and one `calendar.ics` per standard: every dated
// lifecycle transition (a version takes effect, is deprecated, is rejected; a
// certification scope's version takes effect, enters warn, is deprecated) as
// an all-day iCalendar (RFC 5545) event, past and scheduled alike. Pure; the
// text is written by ical-generator, post-build writes the files.
//
// Calendar clients that subscribe to a feed match events by UID: a UID made
// from the document and the kind of transition (never from the build time or
// the date) means a moved date updates the event instead of adding a second
// one, and every build of the same corpus gives the same UIDs.
import { ICalCalendar, ICalEventTransparency } from 'ical-generator';
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { lifecycleEvents, type LifecycleEvent } from '../model/lifecycle.js';
import { allStandards, type Registry } from '../model/registry.js';
import { SCOPE_VERSION_STATES, type Scope, type ScopeVersionState } from '../model/scope.js';
import { scopeVersionHistory } from '../model/scope-timeline.js';
import { scopePagePath } from './scope-record.js';
import type { OutputFile } from './api-json.js';
import { absoluteUrl, CALENDAR_PATH, documentPath, stableName, standardCalendarPath, uniqueIds } from './urls.js';

export { CALENDAR_PATH, standardCalendarPath } from './urls.js';

export interface CalendarEvent extends LifecycleEvent {
  document: StandardDocument;
}

/** Every dated transition of the given documents (templates have none), oldest first; ties by name, kind and file. */
export function buildCalendarEvents(documents: readonly StandardDocument[]): CalendarEvent[] {
  return documents
    .filter((document) => document.kind !== 'template')
    .flatMap((document) => lifecycleEvents(document).map((event) => ({ ...event, document })))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        stableName(a.document).localeCompare(stableName(b.document)) ||
        a.kind.localeCompare(b.kind) ||
        a.document.id.localeCompare(b.document.id),
    );
}

/**
 * Text from a document made safe for a calendar: no control characters (RFC
 * 5545 forbids them in TEXT, and clients show them raw), no bidirectional
 * overrides that could make a title read as something else, no lone
 * surrogates (the file must be UTF-8), whitespace runs as one space. Commas,
 * semicolons and backslashes stay: the writer escapes them.
 */
export function calendarText(text: string): string {
  return text
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ')
    .replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\s+/g, ' ')
    .trim();
}

/** UID of the event: document and kind of transition, at the site's host. */
export function eventUid(event: Pick<CalendarEvent, 'kind' | 'document'>, siteUrl: string): string {
  // Only characters that need no escaping anywhere; file names are restricted already, this is a second fence.
  const name = stableName(event.document).replace(/[^A-Za-z0-9._-]/g, (character) => `%${character.codePointAt(0)!.toString(16).toUpperCase()}`);
  return `${name}.${event.kind}@${hostOf(siteUrl)}`;
}

function hostOf(siteUrl: string): string {
  try {
    return new URL(siteUrl).host || 'standards.invalid';
  } catch {
    return 'standards.invalid';
  }
}

function summaryOf(event: CalendarEvent): string {
  const name = stableName(event.document);
  const title = calendarText(event.document.title);
  switch (event.kind) {
    case 'stabilized':
      return `${name} takes effect: ${title}`;
    case 'deprecated':
      return `${name} deprecated: ${title}`;
    case 'rejected':
      return `${name} rejected: ${title}`;
  }
}

function descriptionOf(event: CalendarEvent, url: string): string {
  const { document, date } = event;
  const what =
    document.kind === 'proposal'
      ? `The proposal "${calendarText(document.title)}" (${document.id})`
      : `Version ${document.version} of ${document.number ? `scs-${document.number}` : document.id}, "${calendarText(document.title)}"${document.track ? ` (${document.track} track)` : ''},`;
  const names = (fileNames: readonly string[]) => fileNames.map((fileName) => calendarText(fileName.replace(/\.md$/, ''))).join(', ');
  const sentences: string[] = [];
  switch (event.kind) {
    case 'stabilized':
      sentences.push(`${what} takes effect on ${date}: from that day it is in force.`);
      if (document.replaces.length > 0) sentences.push(`It replaces ${names(document.replaces)}.`);
      if (document.deprecatedAt) sentences.push(`Its deprecation is scheduled for ${document.deprecatedAt}.`);
      break;
    case 'deprecated':
      sentences.push(`${what} is deprecated on ${date}: from that day it is no longer in force.`);
      if (document.replacedBy.length > 0) sentences.push(`Replaced by ${names(document.replacedBy)}.`);
      break;
    case 'rejected':
      sentences.push(`${what} is rejected on ${date}; it is not normative.`);
      if (document.replacedBy.length > 0) sentences.push(`See ${names(document.replacedBy)} instead.`);
      break;
  }
  sentences.push(`Details: ${url}`);
  return sentences.join(' ');
}

const CATEGORY: Record<CalendarEvent['kind'], string> = { stabilized: 'Takes effect', deprecated: 'Deprecated', rejected: 'Rejected' };

/** The next day, for DTEND: some clients ignore the one-day default of an all-day event without one. */
function nextDay(day: CalendarDate): Date {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** One event as written: every kind of transition becomes one of these. */
export interface CalendarEntry {
  date: CalendarDate;
  uid: string;
  summary: string;
  description: string;
  url: string;
  category: string;
}

function toCalendarEntry(event: CalendarEvent, siteUrl: string): CalendarEntry {
  const url = pageUrl(siteUrl, documentPath(event.document));
  return { date: event.date, uid: eventUid(event, siteUrl), summary: summaryOf(event), description: descriptionOf(event, url), url, category: CATEGORY[event.kind] };
}

function pageUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), `${siteUrl.replace(/\/+$/, '')}/`).href;
}

/** A change of state of a certification scope's version, from the scope's timeline. */
export interface ScopeCalendarEvent {
  date: CalendarDate;
  state: Exclude<ScopeVersionState, 'draft'>;
  scope: Pick<Scope, 'slug' | 'name' | 'timeline' | 'versions'>;
  version: string;
  /** 1 for the first time a version enters this state, 2 if it comes back to it, …: keeps UIDs unique. */
  occurrence: number;
}

/**
 * Every day a scope version becomes effective, enters `warn` or is deprecated,
 * oldest first. Becoming a draft is not an event: a version starts as one.
 */
export function buildScopeCalendarEvents(scopes: readonly ScopeCalendarEvent['scope'][]): ScopeCalendarEvent[] {
  const events: ScopeCalendarEvent[] = [];
  for (const scope of scopes) {
    for (const { version } of scope.versions) {
      const seen = new Map<string, number>();
      for (const change of scopeVersionHistory(scope, version)) {
        if (change.state === 'draft') continue;
        const occurrence = (seen.get(change.state) ?? 0) + 1;
        seen.set(change.state, occurrence);
        events.push({ date: change.date, state: change.state, scope, version, occurrence });
      }
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.scope.slug.localeCompare(b.scope.slug) || a.version.localeCompare(b.version));
}

const SCOPE_WORDS: Record<ScopeCalendarEvent['state'], { summary: string; sentence: string; category: string }> = {
  effective: { summary: 'takes effect', sentence: 'is effective from', category: 'Takes effect' },
  warn: { summary: 'enters warn', sentence: 'enters its warn period on', category: 'Warn' },
  deprecated: { summary: 'deprecated', sentence: 'is deprecated from', category: 'Deprecated' },
};

function toScopeCalendarEntry(event: ScopeCalendarEvent, siteUrl: string): CalendarEntry {
  const name = calendarText(event.scope.name);
  const version = calendarText(event.version);
  const url = pageUrl(siteUrl, scopePagePath(event.scope));
  const words = SCOPE_WORDS[event.state];
  const key = `scope-${event.scope.slug}-${event.version}`.replace(/[^A-Za-z0-9._-]/g, (character) => `%${character.codePointAt(0)!.toString(16).toUpperCase()}`);
  return {
    date: event.date,
    uid: `${key}.${event.state}${event.occurrence > 1 ? `-${event.occurrence}` : ''}@${hostOf(siteUrl)}`,
    summary: `${name} ${version} ${words.summary}`,
    description: `Version ${version} of the certification scope "${name}" ${words.sentence} ${event.date}: ${SCOPE_VERSION_STATES[event.state].explanation} Details: ${url}`,
    url,
    category: words.category,
  };
}

export interface CalendarOptions {
  siteUrl: string;
  /** Calendar name shown by clients. */
  name: string;
  description?: string;
  /** The build day: the events' DTSTAMP, so two builds on the same day give the same file. */
  date: CalendarDate;
  /** Site-relative path of the calendar file itself (its SOURCE). */
  path: string;
}

/** An iCalendar file with one all-day event per transition of a version. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  return writeCalendar(
    events.map((event) => toCalendarEntry(event, options.siteUrl)),
    options,
  );
}

/** An iCalendar file with one all-day event per entry. */
export function writeCalendar(entries: readonly CalendarEntry[], options: CalendarOptions): string {
  const calendar = new ICalCalendar({
    prodId: { company: 'Sovereign Cloud Stack', product: 'SCS standards registry', language: 'EN' },
    name: calendarText(options.name),
    description: options.description ? calendarText(options.description) : null,
    url: absoluteUrl(options.siteUrl, options.path),
    source: absoluteUrl(options.siteUrl, options.path),
    // The site is rebuilt nightly; a client that asks once a day misses nothing.
    ttl: 24 * 60 * 60,
  });
  // The calendar's own lines first (no events yet: they end with END:VCALENDAR), then each event's lines, folded
  // by foldCalendarLines (ical-generator folds the whole file with a TextEncoder per character: most of a
  // calendar's cost, and more than linear with the corpus under the heap of a build).
  const head = calendar.toString();
  const stamp = new Date(`${options.date}T00:00:00Z`);
  const uids = uniqueIds(entries.map((entry) => entry.uid));
  entries.forEach((entry, index) => {
    calendar.createEvent({
      id: uids[index]!,
      // A Date at midnight UTC: the writer prints all-day dates from UTC fields, whatever the machine's time zone.
      start: new Date(`${entry.date}T00:00:00Z`),
      end: nextDay(entry.date),
      allDay: true,
      stamp,
      summary: entry.summary,
      description: entry.description,
      url: entry.url,
      categories: [{ name: entry.category }],
      // A date to note, not time to block.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  });
  if (!head.endsWith(END_CALENDAR)) return calendar.toString();
  return head.slice(0, -END_CALENDAR.length) + calendar.events().map((event) => foldCalendarLines(event.toString())).join('') + END_CALENDAR;
}

const END_CALENDAR = 'END:VCALENDAR';
const encoder = new TextEncoder();

/**
 * Lines longer than 75 bytes folded as ical-generator's `foldLines` folds them
 * (RFC 5545, 3.1: a line break and a space before the character that would
 * make a line's 75th byte; a surrogate pair counts as one character), with
 * the same result for every text (calendar.test.ts compares the two), but
 * without a TextEncoder call per ASCII character.
 */
export function foldCalendarLines(text: string): string {
  return text.split('\r\n').map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let index = 0; index < line.length; index++) {
    const at = index;
    const code = line.charCodeAt(index);
    let size = 1;
    if (code >= 0x80) {
      let character = line.charAt(index);
      if (code >= 0xd800 && code <= 0xdbff) character += line.charAt(++index);
      size = encoder.encode(character).length;
    }
    bytes += size;
    if (bytes > 74) {
      pieces.push(line.slice(start, at));
      start = at;
      bytes = size;
    }
  }
  pieces.push(line.slice(start));
  return pieces.join('\r\n ');
}

/**
 * The site-wide calendar (versions, proposals and the certification scopes'
 * versions) and one per standard, for post-build to write.
 */
export function buildCalendarFiles(registry: Registry, date: CalendarDate, siteUrl: string, scopes: readonly ScopeCalendarEvent['scope'][] = []): OutputFile[] {
  const entries = [
    ...buildCalendarEvents(registry.documents).map((event) => toCalendarEntry(event, siteUrl)),
    ...buildScopeCalendarEvents(scopes).map((event) => toScopeCalendarEntry(event, siteUrl)),
  ];
  // Stable: versions before scopes on the same day.
  entries.sort((a, b) => a.date.localeCompare(b.date));
  const files: OutputFile[] = [
    {
      path: CALENDAR_PATH,
      content: writeCalendar(entries, {
        siteUrl,
        date,
        path: CALENDAR_PATH,
        name: 'SCS standards: lifecycle dates',
        description: 'The days on which versions of the Sovereign Cloud Stack standards and certification scopes take effect, are deprecated or are rejected.',
      }),
    },
  ];
  for (const standard of allStandards(registry)) {
    const path = standardCalendarPath(standard);
    if (path === null) continue;
    const title = (standard.versions.at(-1) ?? standard.supplements.at(-1))?.title ?? '';
    files.push({
      path,
      content: buildCalendar(buildCalendarEvents([...standard.versions, ...standard.supplements]), {
        siteUrl,
        date,
        path,
        name: `${standard.id}${title ? ` ${title}` : ''}: lifecycle dates`,
        description: `The days on which versions of ${standard.id} take effect or are deprecated.`,
      }),
    });
  }
  return files;
}
