import { describe, expect, it } from 'vitest';
import { hitStateLabel, orderHits, parseIdQuery, rankIdHits, rankSiblings, type RankedHit } from './rank.js';

const DAY = '2026-11-27';

/** A version of scs-0100 (or another standard) as the search sees it. */
function version(shortId: string, score: number | null, facts: Partial<RankedHit> = {}): RankedHit {
  return {
    url: `/standards/${shortId}`,
    score,
    shortId,
    standard: shortId.slice(0, 8),
    kind: /-w\d+$/.test(shortId) ? 'supplement' : 'document',
    status: 'Stable',
    stabilizedAt: '2020-01-01',
    deprecatedAt: null,
    ...facts,
  };
}

const deprecated = { status: 'Deprecated', deprecatedAt: '2024-11-30' } as const;
const handbook = (name: string, score: number): RankedHit => ({
  url: `/docs/${name}`,
  score,
  shortId: null,
  standard: null,
  kind: null,
  status: null,
  stabilizedAt: null,
  deprecatedAt: null,
});
const urls = (hits: readonly RankedHit[]) => hits.map((hit) => hit.url);

describe('parseIdQuery', () => {
  it.each([
    ['scs-0100', { standard: 'scs-0100', version: null }],
    ['SCS-0100', { standard: 'scs-0100', version: null }],
    ['0100', { standard: 'scs-0100', version: null }],
    [' scs-0100-v2 ', { standard: 'scs-0100', version: 'scs-0100-v2' }],
    ['SCS-0100-V2', { standard: 'scs-0100', version: 'scs-0100-v2' }],
    ['0100-v2', { standard: 'scs-0100', version: 'scs-0100-v2' }],
    ['scs-0100-w1', { standard: 'scs-0100', version: 'scs-0100-w1' }],
    ['scs-0100-v3-flavor-naming', { standard: 'scs-0100', version: 'scs-0100-v3' }],
    ['scs-0100-v3-flavor-naming.md', { standard: 'scs-0100', version: 'scs-0100-v3' }],
    ['scs-0100-v03', { standard: 'scs-0100', version: 'scs-0100-v3' }],
  ])('%j is an id query', (query, expected) => {
    expect(parseIdQuery(query)).toEqual(expected);
  });

  it.each(['flavor', '100', 'scs-010', 'scs-01000', 'scs-xxxx-v1', 'scs-0100 flavor', '', null])('%j is not', (query) => {
    expect(parseIdQuery(query)).toBeNull();
  });
});

describe('hitStateLabel', () => {
  it.each([
    [version('scs-0100-v3', 1), 'Effective'],
    [version('scs-0100-v3', 1, { deprecatedAt: '2027-06-30' }), 'Deprecation scheduled'],
    [version('scs-0100-v3', 1, { deprecatedAt: '2026-11-27' }), 'Deprecated'],
    [version('scs-0100-v4', 1, { stabilizedAt: '2026-11-28' }), 'Effective soon'],
    [version('scs-0100-v4', 1, { status: 'Draft', stabilizedAt: null }), 'Draft'],
    [version('scs-0100-w1', 1, { status: null }), 'Supplement'],
    [handbook('index', 1), null],
  ])('%j', (hit, expected) => {
    expect(hitStateLabel(hit, DAY)).toBe(expected);
  });

  it('is the state of the day asked for, not of the day the index was built', () => {
    const hit = version('scs-0100-v3', 1, { deprecatedAt: '2027-06-30' });
    expect(hitStateLabel(hit, '2027-06-29')).toBe('Deprecation scheduled');
    expect(hitStateLabel(hit, '2027-06-30')).toBe('Deprecated');
  });
});

describe('rankSiblings', () => {
  it('puts the version in force first among siblings that match alike, in the places they held', () => {
    const hits = [
      version('scs-0103-v1', 6.77),
      version('scs-0100-v2', 6.62, deprecated),
      version('scs-0100-v1', 6.61, deprecated),
      handbook('glossary', 6.6),
      version('scs-0100-v4', 6.58, { stabilizedAt: '2027-03-01' }),
      version('scs-0100-v3', 6.53, { deprecatedAt: '2027-06-30' }),
    ];
    expect(urls(rankSiblings(hits, DAY))).toEqual([
      '/standards/scs-0103-v1',
      '/standards/scs-0100-v3',
      '/standards/scs-0100-v4',
      '/docs/glossary',
      '/standards/scs-0100-v2',
      '/standards/scs-0100-v1',
    ]);
  });

  it('leaves a sibling above the version in force when it matches more than twice as well', () => {
    const hits = [version('scs-0100-v1', 9, deprecated), version('scs-0100-v2', 5, deprecated), version('scs-0100-v3', 4)];
    expect(urls(rankSiblings(hits, DAY))).toEqual(['/standards/scs-0100-v1', '/standards/scs-0100-v3', '/standards/scs-0100-v2']);
  });

  it('keeps the order of the words among siblings in the same state', () => {
    const hits = [version('scs-0100-v1', 5, deprecated), version('scs-0100-v2', 4.9, deprecated)];
    expect(rankSiblings(hits, DAY)).toEqual(hits);
  });

  it('computes the state for the day: the same hits rank differently after a transition', () => {
    const hits = [version('scs-0100-v3', 5, { deprecatedAt: '2027-06-30' }), version('scs-0100-v4', 4.9, { stabilizedAt: '2027-03-01' })];
    expect(urls(rankSiblings(hits, DAY))).toEqual(['/standards/scs-0100-v3', '/standards/scs-0100-v4']);
    expect(urls(rankSiblings(hits, '2027-07-01'))).toEqual(['/standards/scs-0100-v4', '/standards/scs-0100-v3']);
  });

  it('never moves supplements, proposals or pages of other standards', () => {
    const hits = [
      version('scs-0100-w1', 7),
      version('scs-0101-v1', 6.5, deprecated),
      { ...version('scs-xxxx-v1', 6.4, { status: 'Draft' }), standard: null, kind: 'proposal' as const },
      version('scs-0100-v2', 6.3, deprecated),
      version('scs-0102-v1', 6.2),
    ];
    expect(rankSiblings(hits, DAY)).toEqual(hits);
  });
});

describe('rankIdHits and orderHits', () => {
  const standard = [
    version('scs-0100-v1', null, deprecated),
    version('scs-0100-v2', null, deprecated),
    version('scs-0100-v3', null, { deprecatedAt: '2027-06-30' }),
    version('scs-0100-v4', null, { stabilizedAt: '2027-03-01' }),
    version('scs-0100-w1', null, { status: null }),
  ];

  it('a bare standard id puts the version current today first, then the others by state, then supplements', () => {
    expect(urls(rankIdHits(standard, { standard: 'scs-0100', version: null }, DAY))).toEqual([
      '/standards/scs-0100-v3',
      '/standards/scs-0100-v4',
      '/standards/scs-0100-v2',
      '/standards/scs-0100-v1',
      '/standards/scs-0100-w1',
    ]);
    // Once v4 is in force, it is the current version.
    expect(urls(rankIdHits(standard, { standard: 'scs-0100', version: null }, '2027-03-01'))[0]).toBe('/standards/scs-0100-v4');
  });

  it('a version id puts that version first, deprecated or not', () => {
    expect(urls(rankIdHits(standard, { standard: 'scs-0100', version: 'scs-0100-v2' }, DAY)).slice(0, 2)).toEqual(['/standards/scs-0100-v2', '/standards/scs-0100-v3']);
    expect(urls(rankIdHits(standard, { standard: 'scs-0100', version: 'scs-0100-w1' }, DAY))[0]).toBe('/standards/scs-0100-w1');
  });

  it('merges the hits found by id with the text hits, each page once, the text hit keeping its excerpt', () => {
    const text = [
      { ...handbook('lint-rules/scope-standard', 11), excerpt: 'rule' },
      { ...version('scs-0100-v2', 10.9, deprecated), excerpt: 'text of v2' },
      { ...version('scs-0101-v1', 3), excerpt: 'mentions scs-0100' },
    ];
    const found = standard.map((hit) => ({ ...hit, excerpt: 'description' }));
    const ordered = orderHits(text, found, { standard: 'scs-0100', version: null }, DAY);
    expect(urls(ordered)).toEqual([
      '/standards/scs-0100-v3',
      '/standards/scs-0100-v4',
      '/standards/scs-0100-v2',
      '/standards/scs-0100-v1',
      '/standards/scs-0100-w1',
      '/docs/lint-rules/scope-standard',
      '/standards/scs-0101-v1',
    ]);
    expect(ordered[2]!.excerpt).toBe('text of v2');
  });

  it('without an id query, keeps the text order apart from siblings', () => {
    const text = [handbook('a', 3), version('scs-0100-v2', 2, deprecated), version('scs-0100-v3', 1.9)];
    expect(urls(orderHits(text, [], null, DAY))).toEqual(['/docs/a', '/standards/scs-0100-v3', '/standards/scs-0100-v2']);
  });

  it('an id query for a standard that does not exist leaves the text hits as they are', () => {
    const text = [handbook('a', 3), handbook('b', 2)];
    expect(orderHits(text, [], { standard: 'scs-0999', version: null }, DAY)).toEqual(text);
  });
});
