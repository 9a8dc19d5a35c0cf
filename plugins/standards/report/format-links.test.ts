import { describe, expect, it } from 'vitest';
import { formatLinks, linkSummary, type LinkRecord, type LinkReport } from './format-links.js';
import { createProgress, formatClock, formatProgress } from './progress.js';

const record = (overrides: Partial<LinkRecord>): LinkRecord => ({ file: 'Standards/scs-0101-v1-entropy.md', line: 3, column: 1, url: 'https://a.example/x', kind: 'alive', detail: 'HTTP 200', fromCache: false, ...overrides });

const REPORT: LinkReport = {
  documents: 2,
  links: [
    record({}),
    record({ line: 5, url: 'https://a.example/old', kind: 'redirected', detail: 'HTTP 301', target: 'https://a.example/new' }),
    record({ line: 7, url: 'https://a.example/gone', kind: 'broken', detail: 'HTTP 404', fromCache: true }),
    record({ line: 9, url: 'https://nowhere.example/', kind: 'unreachable', detail: 'no answer within 10 s' }),
    record({ line: 11, url: 'https://internal.example/', kind: 'ignored', detail: 'matches ignore pattern internal' }),
    record({ file: 'Standards/scs-0102-v1-other.md', line: 2, url: 'http://[::1]/', kind: 'unchecked', detail: 'not requested' }),
  ],
};

describe('lint:links output', () => {
  it('stylish: one line per link that needs a look, then a summary', () => {
    expect(formatLinks('stylish', REPORT)).toBe(
      [
        'Standards/scs-0101-v1-entropy.md:5:1 redirected https://a.example/old -> https://a.example/new (HTTP 301)',
        'Standards/scs-0101-v1-entropy.md:7:1 broken https://a.example/gone HTTP 404',
        'Standards/scs-0101-v1-entropy.md:9:1 unreachable https://nowhere.example/ no answer within 10 s',
        'Standards/scs-0102-v1-other.md:2:1 unchecked http://[::1]/ not requested',
        '6 links (6 addresses) in 2 files: 1 broken, 1 unreachable, 1 redirected, 1 unchecked, 1 alive, 1 ignored; 1 answer from the cache',
        '',
      ].join('\n'),
    );
  });

  it('github: broken as errors, redirects as notices, the rest as warnings; properties escaped', () => {
    const lines = formatLinks('github', REPORT).trimEnd().split('\n');
    expect(lines[0]).toBe('::notice file=Standards/scs-0101-v1-entropy.md,line=5,col=1,title=redirected link::https://a.example/old -> https://a.example/new (HTTP 301)');
    expect(lines[1]).toBe('::error file=Standards/scs-0101-v1-entropy.md,line=7,col=1,title=broken link::https://a.example/gone HTTP 404');
    expect(lines[2]!.startsWith('::warning ')).toBe(true);
    expect(lines.at(-1)).toBe(`::notice title=lint%3Alinks::${linkSummary(REPORT)}`);
  });

  it('json: every link and the counts', () => {
    const parsed = JSON.parse(formatLinks('json', REPORT));
    expect(parsed.summary).toEqual({ documents: 2, broken: 1, unreachable: 1, redirected: 1, unchecked: 1, alive: 1, ignored: 1 });
    expect(parsed.links).toHaveLength(6);
  });

  it('markdown: a table whose links are code, not links', () => {
    const output = formatLinks('markdown', { documents: 1, links: [record({ url: 'https://x.example/![a](https://t.example/p.png)', kind: 'broken', detail: 'HTTP 404' })] });
    expect(output).toContain('| `Standards/scs-0101-v1-entropy.md` | 3:1 | broken | `https://x.example/![a](https://t.example/p.png)` | HTTP 404 |');
  });

  it('escapes control characters a document put into a URL', () => {
    const output = formatLinks('stylish', { documents: 1, links: [record({ url: 'https://x.example/\u001b[2Jy', kind: 'broken' })] });
    expect(output).toContain('https://x.example/\\x1b[2Jy');
    expect(output).not.toContain('\u001b');
  });
});

describe('the progress bar', () => {
  it('shows done, total, percent and the time left', () => {
    expect(formatProgress({ done: 0, total: 40, elapsedMs: 0 }, 20)).toBe('Checking links [                    ] 0/40 0%');
    expect(formatProgress({ done: 10, total: 40, elapsedMs: 5000 }, 20)).toBe('Checking links [====>               ] 10/40 25% ETA 0:15');
    expect(formatProgress({ done: 40, total: 40, elapsedMs: 9000 }, 20)).toBe('Checking links [====================] 40/40 100%');
    expect([formatClock(0), formatClock(65_000), formatClock(3_723_000)]).toEqual(['0:00', '1:05', '1:02:03']);
  });

  it('draws only on a terminal, and clears its line at the end', () => {
    const written: string[] = [];
    let now = 0;
    const pipe = createProgress({ isTTY: false, write: (text) => written.push(text) }, true, () => now);
    pipe.update(1, 2);
    pipe.end();
    expect(written).toEqual([]);
    const off = createProgress({ isTTY: true, write: (text) => written.push(text) }, false, () => now);
    off.update(1, 2);
    expect(written).toEqual([]);
    const tty = createProgress({ isTTY: true, columns: 80, write: (text) => written.push(text) }, true, () => now);
    now = 1000;
    tty.update(1, 4);
    now = 1050;
    tty.update(2, 4); // within 100 ms: not drawn
    now = 1200;
    tty.update(4, 4);
    tty.end();
    expect(written).toEqual(['\r\u001b[KChecking links [========>                          ] 1/4 25% ETA 0:03', '\r\u001b[KChecking links [===================================] 4/4 100%', '\r\u001b[K']);
  });
});
