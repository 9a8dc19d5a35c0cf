import sax from 'sax';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Registry } from '../model/registry.js';
import { loadCorpus } from '../parse/load-corpus.js';
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
    <id>https://standards.example.org/standards/scs-0301-v1-role-names#rejected-2024-05-02</id>
    <title>Rejected: Role &lt;Names&gt; &amp; &quot;Quotes&quot; (scs-0301-v1-role-names)</title>
    <link rel="alternate" type="text/html" href="https://standards.example.org/standards/scs-0301-v1-role-names"/>
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
