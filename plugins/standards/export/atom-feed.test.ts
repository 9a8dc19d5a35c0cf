import sax from 'sax';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Registry } from '../model/registry.js';
import { loadCorpus } from '../parse/load-corpus.js';
import type { StandardDocument } from '../model/document.js';
import { buildRegistry } from '../model/registry.js';
import { parseDocumentFile } from '../parse/document.js';
import { buildAtomFeed, buildFeedEvents, escapeXml, type FileHistory } from './atom-feed.js';

const DATE = '2025-06-01';
const SITE = 'https://standards.example.org';

let registry: Registry;
beforeAll(async () => {
  registry = (await loadCorpus('tests/fixtures/export-corpus')).registry;
});

const summary = (events: ReturnType<typeof buildFeedEvents>) => events.map((event) => `${event.date} ${event.kind} ${event.document.id}`);

/** Element names in document order; throws on XML that is not well-formed. */
function parseXml(text: string): string[] {
  const parser = sax.parser(true);
  const names: string[] = [];
  parser.onopentag = (tag) => names.push(tag.name);
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(text).close();
  return names;
}

describe('buildFeedEvents', () => {
  it('keeps front-matter events up to the build date, newest first', () => {
    expect(summary(buildFeedEvents(registry, DATE))).toEqual([
      '2024-12-31 deprecated scs-0110-v1-disk-names',
      '2024-12-31 stabilized scs-0110-v2-disk-names',
      '2024-05-02 rejected scs-0301-v1-role-names',
      '2023-03-01 stabilized scs-0110-v1-disk-names',
    ]);
  });

  it('dates new drafts and future deprecations from git history when given', () => {
    const history = new Map<string, FileHistory>([
      ['scs-0110-v2-disk-names.md', { added: '2024-10-01', changed: '2025-02-14' }],
      ['scs-0110-v3-disk-names.md', { added: '2025-02-14', changed: '2025-03-01' }],
      ['scs-xxxx-v1-status-widgets.md', { added: '2025-07-01', changed: '2025-07-01' }],
    ]);
    expect(summary(buildFeedEvents(registry, DATE, history)).slice(0, 3)).toEqual([
      '2025-02-14 deprecation-announced scs-0110-v2-disk-names',
      '2025-02-14 new-draft scs-0110-v3-disk-names',
      '2024-12-31 deprecated scs-0110-v1-disk-names',
    ]);
  });
});

describe('buildAtomFeed', () => {
  it('is well-formed Atom with one entry per event', () => {
    const feed = buildAtomFeed(registry, DATE, { siteUrl: SITE });
    const names = parseXml(feed);
    expect(names.filter((name) => name === 'entry')).toHaveLength(4);
    expect(names.slice(0, 8)).toEqual(['feed', 'id', 'title', 'link', 'link', 'updated', 'author', 'name']);
  });

  it('escapes titles and links and dates entries at midnight UTC', () => {
    const feed = buildAtomFeed(registry, DATE, { siteUrl: SITE, maxEntries: 3 });
    expect(feed.split('\n').slice(0, 9).join('\n')).toBe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>https://standards.example.org/standards/feed.xml</id>
  <title>SCS standards: lifecycle events</title>
  <link rel="self" type="application/atom+xml" href="https://standards.example.org/standards/feed.xml"/>
  <link rel="alternate" type="text/html" href="https://standards.example.org/standards"/>
  <updated>2024-12-31T00:00:00Z</updated>
  <author><name>Sovereign Cloud Stack</name></author>
  <entry>`);
    const rejected = feed.split('<entry>')[3]!;
    expect(rejected).toBe(`
    <id>tag:standards.example.org,2024:scs-0301-v1/rejected</id>
    <title>scs-0301-v1 was rejected: Role &lt;Names&gt; &amp; &quot;Quotes&quot;</title>
    <link rel="alternate" type="text/html" href="https://standards.example.org/standards/scs-0301-v1-role-names"/>
    <published>2024-05-02T00:00:00Z</published>
    <updated>2024-05-02T00:00:00Z</updated>
    <category term="rejected" label="Rejected"/>
    <summary>Role &lt;Names&gt; &amp; &quot;Quotes&quot; (scs-0301-v1-role-names) was rejected on 2024-05-02.</summary>
  </entry>
</feed>
`);
  });

  it('names the replacement of a deprecated version', () => {
    const feed = buildAtomFeed(registry, DATE, { siteUrl: SITE });
    expect(feed).toContain('<summary>Disk Names (scs-0110-v1-disk-names) was deprecated on 2024-12-31. Replaced by scs-0110-v2-disk-names.md.</summary>');
  });
});

/** Each entry of a feed as `id | published | updated | title`. */
function entries(feed: string): string[] {
  return feed
    .split('<entry>')
    .slice(1)
    .map((entry) => ['id', 'published', 'updated', 'title'].map((name) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(entry)?.[1] ?? '-').join(' | '));
}

function version(fileName: string, frontMatter: string): StandardDocument {
  const parsed = parseDocumentFile(fileName, `---\n${frontMatter}\n---\n\nText.\n`);
  if (!parsed.document) throw new Error(`fixture ${fileName} did not parse`);
  return parsed.document;
}

describe('a scheduled date passing', () => {
  const v2 = version(
    'scs-0100-v2-flavor-naming.md',
    'title: Flavor Naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-15\ndeprecated_at: 2025-09-01\nreplaced_by:\n  - scs-0100-v3-flavor-naming.md',
  );
  const v3 = version('scs-0100-v3-flavor-naming.md', 'title: Flavor Naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2025-09-01\nreplaces:\n  - scs-0100-v2-flavor-naming.md');
  const registry = buildRegistry([v2, v3]);
  const feedOn = (day: string) => entries(buildAtomFeed(registry, day, { siteUrl: SITE }));

  it('is not in the feed of a build before the day', () => {
    expect(feedOn('2025-08-31')).toEqual(['tag:standards.example.org,2024:scs-0100-v2/stabilized | 2024-01-15T00:00:00Z | 2024-01-15T00:00:00Z | scs-0100-v2 is now effective: Flavor Naming']);
  });

  it('becomes entries published at that day in the build of the day, newest first', () => {
    expect(feedOn('2025-09-01')).toEqual([
      'tag:standards.example.org,2024:scs-0100-v2/deprecated | 2025-09-01T00:00:00Z | 2025-09-01T00:00:00Z | scs-0100-v2 is now deprecated: Flavor Naming',
      'tag:standards.example.org,2024:scs-0100-v3/stabilized | 2025-09-01T00:00:00Z | 2025-09-01T00:00:00Z | scs-0100-v3 is now effective: Flavor Naming',
      'tag:standards.example.org,2024:scs-0100-v2/stabilized | 2024-01-15T00:00:00Z | 2024-01-15T00:00:00Z | scs-0100-v2 is now effective: Flavor Naming',
    ]);
    expect(buildAtomFeed(registry, '2025-09-01', { siteUrl: SITE })).toContain('<updated>2025-09-01T00:00:00Z</updated>\n  <author>');
  });

  it('stays the same entry in every later build', () => {
    expect(feedOn('2026-03-01')).toEqual(feedOn('2025-09-01'));
  });

  it('keeps its id when the date is corrected or the file renamed, so readers update the entry', () => {
    const moved = version('scs-0100-v2-flavor-names.md', 'title: Flavor Names\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2024-01-15\ndeprecated_at: 2025-08-20');
    const ids = entries(buildAtomFeed(buildRegistry([moved, v3]), '2025-09-01', { siteUrl: SITE })).map((entry) => entry.split(' | ')[0]);
    expect(ids).toEqual(['tag:standards.example.org,2024:scs-0100-v3/stabilized', 'tag:standards.example.org,2024:scs-0100-v2/deprecated', 'tag:standards.example.org,2024:scs-0100-v2/stabilized']);
  });

  it('announces a scheduled deprecation from git history before it passes, under an id of its own', () => {
    const history = new Map<string, FileHistory>([['scs-0100-v2-flavor-naming.md', { added: '2024-01-01', changed: '2025-05-05' }]]);
    expect(entries(buildAtomFeed(registry, '2025-06-01', { siteUrl: SITE, history }))[0]).toBe(
      'tag:standards.example.org,2024:scs-0100-v2/deprecation-announced | 2025-05-05T00:00:00Z | 2025-05-05T00:00:00Z | scs-0100-v2 will be deprecated on 2025-09-01: Flavor Naming',
    );
    expect(entries(buildAtomFeed(registry, '2025-09-01', { siteUrl: SITE, history })).map((entry) => entry.split(' | ')[0])).not.toContain(
      'tag:standards.example.org,2024:scs-0100-v2/deprecation-announced',
    );
  });
});

describe('two files for one version', () => {
  it('give entries with distinct ids', () => {
    const a = version('scs-0120-v1-volume-kinds.md', 'title: A\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2025-01-01');
    const b = version('scs-0120-v1-volume-types.md', 'title: B\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2025-01-01');
    const ids = entries(buildAtomFeed(buildRegistry([a, b]), '2025-06-01', { siteUrl: SITE })).map((entry) => entry.split(' | ')[0]);
    expect(ids).toEqual(['tag:standards.example.org,2024:scs-0120-v1/stabilized', 'tag:standards.example.org,2024:scs-0120-v1/stabilized-2']);
  });
});

describe('escapeXml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    [`"it's"`, '&quot;it&apos;s&quot;'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
    ['emoji 🚀 stays', 'emoji 🚀 stays'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});
