// `/standards/calendar.ics` and one `calendar.ics` per standard: every dated
// lifecycle transition (a version takes effect, is deprecated, is rejected) as
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
import type { OutputFile } from './api-json.js';
import { absoluteUrl, CALENDAR_PATH, documentPath, stableName, standardCalendarPath } from './urls.js';

export { CALENDAR_PATH, standardCalendarPath } from './urls.js';

export interface CalendarEvent extends LifecycleEvent {
  document: StandardDocument;
}

/** Every dated transition of the given documents (templates have none), oldest first; ties by name and kind. */
export function buildCalendarEvents(documents: readonly StandardDocument[]): CalendarEvent[] {
  return documents
    .filter((document) => document.kind !== 'template')
    .flatMap((document) => lifecycleEvents(document).map((event) => ({ ...event, document })))
    .sort((a, b) => a.date.localeCompare(b.date) || stableName(a.document).localeCompare(stableName(b.document)) || a.kind.localeCompare(b.kind));
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

/** An iCalendar file with one all-day event per transition. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = new ICalCalendar({
    prodId: { company: 'Sovereign Cloud Stack', product: 'SCS standards registry', language: 'EN' },
    name: calendarText(options.name),
    description: options.description ? calendarText(options.description) : null,
    url: absoluteUrl(options.siteUrl, options.path),
    source: absoluteUrl(options.siteUrl, options.path),
    // The site is rebuilt nightly; a client that asks once a day misses nothing.
    ttl: 24 * 60 * 60,
  });
  const stamp = new Date(`${options.date}T00:00:00Z`);
  for (const event of events) {
    const url = new URL(documentPath(event.document), `${options.siteUrl.replace(/\/+$/, '')}/`).href;
    calendar.createEvent({
      id: eventUid(event, options.siteUrl),
      // A Date at midnight UTC: the writer prints all-day dates from UTC fields, whatever the machine's time zone.
      start: new Date(`${event.date}T00:00:00Z`),
      end: nextDay(event.date),
      allDay: true,
      stamp,
      summary: summaryOf(event),
      description: descriptionOf(event, url),
      url,
      categories: [{ name: CATEGORY[event.kind] }],
      // A date to note, not time to block.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}

/** The site-wide calendar and one per standard, for post-build to write. */
export function buildCalendarFiles(registry: Registry, date: CalendarDate, siteUrl: string): OutputFile[] {
  const files: OutputFile[] = [
    {
      path: CALENDAR_PATH,
      content: buildCalendar(buildCalendarEvents(registry.documents), {
        siteUrl,
        date,
        path: CALENDAR_PATH,
        name: 'SCS standards: lifecycle dates',
        description: 'The days on which versions of the Sovereign Cloud Stack standards take effect, are deprecated or are rejected.',
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
