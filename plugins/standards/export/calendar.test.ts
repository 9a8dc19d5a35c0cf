import ICAL from 'ical.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StandardDocument } from '../model/document.js';
import { buildRegistry, type Registry } from '../model/registry.js';
import { parseDocumentFile } from '../parse/document.js';
import { loadCorpus } from '../parse/load-corpus.js';
import { parseScopeFile } from '../parse/scope.js';
import { foldLines, ICalCalendar } from 'ical-generator';
import { buildCalendar, buildCalendarEvents, buildCalendarFiles, buildScopeCalendarEvents, calendarText, CALENDAR_PATH, eventUid, foldCalendarLines, writeCalendar } from './calendar.js';

const SITE = 'https://standards.example.org';
const DATE = '2025-06-01';

let registry: Registry;
beforeAll(async () => {
  registry = (await loadCorpus('tests/fixtures/export-corpus')).registry;
});

interface ParsedEvent {
  uid: string;
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  description: string;
  url: string;
  stamp: string;
}

/** Reads a calendar back with ical.js (Mozilla's parser) and returns its events and calendar properties. */
function parseCalendar(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      summary: event.summary,
      description: event.description,
      url: String(component.getFirstPropertyValue('url')),
      stamp: String(component.getFirstPropertyValue('dtstamp')),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('name')), events };
}

function document(fileName: string, frontMatter: string): StandardDocument {
  const parsed = parseDocumentFile(fileName, `---\n${frontMatter}\n---\n\nText.\n`);
  if (!parsed.document) throw new Error(`fixture ${fileName} did not parse: ${parsed.findings.map((f) => f.message).join('; ')}`);
  return parsed.document;
}

describe('buildCalendarEvents', () => {
  it('lists every dated transition, past and scheduled, oldest first', () => {
    expect(buildCalendarEvents(registry.documents).map((event) => `${event.date} ${event.kind} ${event.document.id}`)).toEqual([
      '2023-03-01 stabilized scs-0110-v1-disk-names',
      '2024-05-02 rejected scs-0301-v1-role-names',
      '2024-12-31 deprecated scs-0110-v1-disk-names',
      '2024-12-31 stabilized scs-0110-v2-disk-names',
      '2026-01-31 deprecated scs-0110-v2-disk-names',
    ]);
  });
});

describe('the site-wide calendar', () => {
  it('parses back to one all-day event per transition with stable UIDs, dates and links', () => {
    const file = buildCalendarFiles(registry, DATE, SITE).find((candidate) => candidate.path === CALENDAR_PATH)!;
    const { name, events } = parseCalendar(file.content);
    expect(name).toBe('SCS standards: lifecycle dates');
    expect(events.map(({ uid, start, end, allDay }) => ({ uid, start, end, allDay }))).toEqual([
      { uid: 'scs-0110-v1.stabilized@standards.example.org', start: '2023-03-01', end: '2023-03-02', allDay: true },
      { uid: 'scs-0301-v1.rejected@standards.example.org', start: '2024-05-02', end: '2024-05-03', allDay: true },
      { uid: 'scs-0110-v1.deprecated@standards.example.org', start: '2024-12-31', end: '2025-01-01', allDay: true },
      { uid: 'scs-0110-v2.stabilized@standards.example.org', start: '2024-12-31', end: '2025-01-01', allDay: true },
      { uid: 'scs-0110-v2.deprecated@standards.example.org', start: '2026-01-31', end: '2026-02-01', allDay: true },
    ]);
    const deprecation = events.find((event) => event.uid.startsWith('scs-0110-v1.deprecated'))!;
    expect(deprecation.summary).toBe('scs-0110-v1 deprecated: Disk Names');
    expect(deprecation.description).toBe(
      'Version 1 of scs-0110, "Disk Names" (IaaS track), is deprecated on 2024-12-31: from that day it is no longer in force. Replaced by scs-0110-v2-disk-names. Details: https://standards.example.org/standards/scs-0110-v1-disk-names',
    );
    expect(deprecation.url).toBe('https://standards.example.org/standards/scs-0110-v1-disk-names');
    const effective = events.find((event) => event.uid.startsWith('scs-0110-v2.stabilized'))!;
    expect(effective.summary).toBe('scs-0110-v2 takes effect: Disk Names');
    expect(effective.description).toContain('takes effect on 2024-12-31: from that day it is in force. It replaces scs-0110-v1-disk-names. Its deprecation is scheduled for 2026-01-31.');
    const rejected = events.find((event) => event.uid.startsWith('scs-0301-v1.rejected'))!;
    expect(rejected.summary).toBe('scs-0301-v1 rejected: Role <Names> & "Quotes"');
  });

  it('gives the same text, UIDs included, when built again on the same day, and the same UIDs on another day', () => {
    const first = buildCalendarFiles(registry, DATE, SITE);
    expect(buildCalendarFiles(registry, DATE, SITE)).toEqual(first);
    const uids = (files: typeof first) => files.flatMap((file) => parseCalendar(file.content).events.map((event) => event.uid));
    expect(uids(buildCalendarFiles(registry, '2027-01-01', SITE))).toEqual(uids(first));
    // DTSTAMP is the build day, not the moment of the build.
    expect(parseCalendar(first[0]!.content).events[0]!.stamp).toBe('2025-06-01T00:00:00Z');
  });

  it('keeps a UID when a date moves or the slug changes, so clients update the event', () => {
    const before = document('scs-0120-v1-volume-types.md', 'title: Volume Types\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2025-01-01\ndeprecated_at: 2026-01-01');
    const after = document('scs-0120-v1-volume-kinds.md', 'title: Volume Kinds\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2025-01-01\ndeprecated_at: 2026-03-01');
    const uids = (doc: StandardDocument) => buildCalendarEvents([doc]).map((event) => eventUid(event, SITE));
    expect(uids(after)).toEqual(uids(before));
    expect(uids(after)).toEqual(['scs-0120-v1.stabilized@standards.example.org', 'scs-0120-v1.deprecated@standards.example.org']);
  });
});

describe('two files for one version', () => {
  it('still give two events, with distinct UIDs', () => {
    const a = document('scs-0120-v1-volume-types.md', 'title: A\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2025-01-01');
    const b = document('scs-0120-v1-volume-kinds.md', 'title: B\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2025-01-01');
    const text = buildCalendar(buildCalendarEvents([a, b]), { siteUrl: SITE, name: 'n', date: DATE, path: '/x.ics' });
    expect(parseCalendar(text).events.map((event) => `${event.uid} ${event.summary}`)).toEqual([
      'scs-0120-v1.stabilized@standards.example.org scs-0120-v1 takes effect: B',
      'scs-0120-v1.stabilized-2@standards.example.org scs-0120-v1 takes effect: A',
    ]);
  });
});

describe('one calendar per standard', () => {
  it('is written under the status page and holds only that standard', () => {
    const files = buildCalendarFiles(registry, DATE, SITE);
    expect(files.map((file) => file.path)).toEqual([CALENDAR_PATH, '/standards/iaas/scs-0110/calendar.ics', '/standards/iam/scs-0301/calendar.ics']);
    const { name, events } = parseCalendar(files[1]!.content);
    expect(name).toBe('scs-0110 Disk Names: lifecycle dates');
    expect(events.map((event) => event.uid)).toEqual([
      'scs-0110-v1.stabilized@standards.example.org',
      'scs-0110-v1.deprecated@standards.example.org',
      'scs-0110-v2.stabilized@standards.example.org',
      'scs-0110-v2.deprecated@standards.example.org',
    ]);
  });
});

describe('untrusted titles', () => {
  const hostile = 'Commas, semicolons; back\\slash\nnew line\r\n\u0007bell \u001b[31mred\u001b[0m \u202Eevil\u202C "quoted" <b>tag</b> é 🚀';

  it('survive the round trip as one line of text without control characters', () => {
    const doc = document('scs-0130-v1-hostile.md', `title: ${JSON.stringify(hostile)}\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2025-02-03`);
    const text = buildCalendar(buildCalendarEvents([doc]), { siteUrl: SITE, name: hostile, date: DATE, path: '/x.ics' });
    // Every line of the file is printable text (folded lines start with a space), CRLF-terminated.
    for (const line of text.split('\r\n')) expect(line).not.toMatch(/[\u0000-\u001F\u007F\u202E]/);
    const expected = 'Commas, semicolons; back\\slash new line bell [31mred [0m evil "quoted" <b>tag</b> é 🚀';
    const { name, events } = parseCalendar(text);
    expect(name).toBe(expected);
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe(`scs-0130-v1 takes effect: ${expected}`);
    expect(events[0]!.description).toContain(`"${expected}"`);
    // The escapes RFC 5545 asks for are in the file itself.
    expect(text).toContain('SUMMARY:scs-0130-v1 takes effect: Commas\\, semicolons\\; back\\\\slash new');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const doc = document('scs-0131-v1-long.md', `title: "${'Überlänge 🚀 '.repeat(20)}"\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2025-02-03`);
    const text = buildCalendar(buildCalendarEvents([doc]), { siteUrl: SITE, name: 'n', date: DATE, path: '/x.ics' });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(parseCalendar(text).events[0]!.summary).toBe(`scs-0131-v1 takes effect: ${'Überlänge 🚀 '.repeat(20).trim()}`);
  });

  it.each([
    ['a\u0000b', 'a b'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['\u2066isolate\u2069 and \u200Fmark', 'isolate and mark'],
    ['  spaced \t out  ', 'spaced out'],
  ])('calendarText(%j) = %j', (input, output) => {
    expect(calendarText(input)).toBe(output);
  });
});

describe('dates in any time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati'])('writes the day as written in %s', (zone) => {
    process.env.TZ = zone;
    const doc = document('scs-0140-v1-zones.md', 'title: Zones\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2025-03-01');
    const text = buildCalendar(buildCalendarEvents([doc]), { siteUrl: SITE, name: 'n', date: DATE, path: '/x.ics' });
    expect(text).toContain('DTSTART;VALUE=DATE:20250301\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20250302\r\n');
  });
});

describe('certification scopes in the site-wide calendar', () => {
  const scope = parseScopeFile(
    'scopes/scs-compatible-iaas.yaml',
    `uuid: u
name: SCS-compatible IaaS, "test"
modules: []
versions:
  - { version: v1, stabilized_at: 2024-01-01, include: [] }
  - { version: v2, stabilized_at: 2025-01-01, include: [] }
  - { version: next, include: [] }
timeline:
  - date: 2025-06-01
    versions: { v2: effective, next: draft }
  - date: 2024-01-01
    versions: { v1: effective }
  - date: 2025-01-01
    versions: { v2: effective, v1: warn }
`,
  ).scope!;

  it('has an event for each day a scope version takes effect, enters warn or is deprecated', () => {
    expect(buildScopeCalendarEvents([scope]).map((event) => `${event.date} ${event.version} ${event.state}`)).toEqual([
      '2024-01-01 v1 effective',
      '2025-01-01 v1 warn',
      '2025-01-01 v2 effective',
      '2025-06-01 v1 deprecated',
    ]);
  });

  it('writes them with UIDs of their own, in date order with the versions of standards, and not into a standard’s calendar', () => {
    const files = buildCalendarFiles(registry, DATE, SITE, [scope]);
    const { events } = parseCalendar(files[0]!.content);
    expect(events.map((event) => `${event.start} ${event.uid}`)).toEqual([
      '2023-03-01 scs-0110-v1.stabilized@standards.example.org',
      '2024-01-01 scope-scs-compatible-iaas-v1.effective@standards.example.org',
      '2024-05-02 scs-0301-v1.rejected@standards.example.org',
      '2024-12-31 scs-0110-v1.deprecated@standards.example.org',
      '2024-12-31 scs-0110-v2.stabilized@standards.example.org',
      '2025-01-01 scope-scs-compatible-iaas-v1.warn@standards.example.org',
      '2025-01-01 scope-scs-compatible-iaas-v2.effective@standards.example.org',
      '2025-06-01 scope-scs-compatible-iaas-v1.deprecated@standards.example.org',
      '2026-01-31 scs-0110-v2.deprecated@standards.example.org',
    ]);
    const warn = events.find((event) => event.uid.startsWith('scope-scs-compatible-iaas-v1.warn'))!;
    expect(warn.summary).toBe('SCS-compatible IaaS, "test" v1 enters warn');
    expect(warn.description).toBe(
      'Version v1 of the certification scope "SCS-compatible IaaS, "test"" enters its warn period on 2025-01-01: Still valid, but a successor is effective: move on. Details: https://standards.example.org/standards/scopes/scs-compatible-iaas',
    );
    expect(files.slice(1).every((file) => !file.content.includes('scope-'))).toBe(true);
  });

  it('keeps UIDs unique when a version comes back to a state', () => {
    const back = parseScopeFile(
      's.yaml',
      'uuid: u\nname: S\nmodules: []\nversions:\n  - { version: v1, include: [] }\ntimeline:\n  - date: 2024-01-01\n    versions: { v1: effective }\n  - date: 2024-02-01\n    versions: { v1: warn }\n  - date: 2024-03-01\n    versions: { v1: effective }\n',
    ).scope!;
    const uids = parseCalendar(buildCalendarFiles(buildRegistry([]), DATE, SITE, [back])[0]!.content).events.map((event) => event.uid);
    expect(uids).toEqual(['scope-s-v1.effective@standards.example.org', 'scope-s-v1.warn@standards.example.org', 'scope-s-v1.effective-2@standards.example.org']);
  });
});

describe('a registry without dates', () => {
  it('is a valid calendar with no events', () => {
    const files = buildCalendarFiles(buildRegistry([]), DATE, SITE);
    expect(files).toHaveLength(1);
    expect(parseCalendar(files[0]!.content).events).toEqual([]);
  });
});

describe('folding lines (our own, for speed)', () => {
  const long = (unit: string, count: number) => unit.repeat(count);
  const texts: Array<[string, string]> = [
    ['empty', ''],
    ['short ASCII', 'SUMMARY:scs-0100-v3 takes effect'],
    ['74, 75 and 76 bytes', [long('a', 74), long('b', 75), long('c', 76)].join('\r\n')],
    ['long ASCII', `DESCRIPTION:${long('word ', 80)}`],
    ['two-byte characters', `SUMMARY:${long('ä', 100)}`],
    ['three-byte characters', `SUMMARY:x${long('€', 60)}`],
    ['surrogate pairs', `SUMMARY:${long('😀', 40)}y`],
    ['a lone high surrogate at the end', `SUMMARY:${long('a', 70)}\uD83D`],
    ['a lone high surrogate before ASCII', `SUMMARY:${long('a', 66)}\uD83Dbcdefgh`],
    ['two high surrogates', `SUMMARY:${long('a', 68)}\uD83D\uD83Dxyz`],
    ['a lone low surrogate', `SUMMARY:${long('a', 69)}\uDE00${long('b', 10)}`],
    ['lines ending in CRLF', `A:${long('x', 200)}\r\nB:${long('é', 90)}\r\n`],
  ];
  it.each(texts)('gives what ical-generator gives: %s', (_name, text) => {
    expect(foldCalendarLines(text)).toBe(foldLines(text));
  });

  it('gives what ical-generator gives on 500 random lines of mixed characters', () => {
    const alphabet = ['a', ' ', ',', 'ä', '€', '😀', '\uD83D', '\uDE00', '\\', '\r\n'];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let run = 0; run < 500; run++) {
      const text = Array.from({ length: Math.floor(next() * 300) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(foldCalendarLines(text)).toBe(foldLines(text));
    }
  });

  it('leaves a calendar as ical-generator writes it whole', () => {
    const entries = buildCalendarEvents(registry.documents).map((event, index) => ({
      date: event.date,
      uid: `${index}@standards.example.org`,
      summary: `${'ü'.repeat(index % 7)}${event.document.title} ${'long words '.repeat(index % 13)}`,
      description: `Details: ${SITE}/standards/${event.document.id} ${'😀'.repeat(index % 5)}`,
      url: `${SITE}/standards/${event.document.id}`,
      category: 'Takes effect',
    }));
    expect(entries.length).toBeGreaterThan(3);
    const options = { siteUrl: SITE, date: DATE, path: CALENDAR_PATH, name: 'A calendar', description: 'What it holds, in more than seventy-five bytes of text for one line.' };
    const whole = new ICalCalendar({ prodId: { company: 'Sovereign Cloud Stack', product: 'SCS standards registry', language: 'EN' }, name: options.name, description: options.description, url: `${SITE}${CALENDAR_PATH}`, source: `${SITE}${CALENDAR_PATH}`, ttl: 24 * 60 * 60 });
    for (const entry of entries) {
      whole.createEvent({ id: entry.uid, start: new Date(`${entry.date}T00:00:00Z`), end: new Date(new Date(`${entry.date}T00:00:00Z`).getTime() + 86_400_000), allDay: true, stamp: new Date(`${DATE}T00:00:00Z`), summary: entry.summary, description: entry.description, url: entry.url, categories: [{ name: entry.category }], transparency: 'TRANSPARENT' as never });
    }
    expect(writeCalendar(entries, options)).toBe(whole.toString());
  });
});
