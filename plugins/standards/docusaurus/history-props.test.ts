import { describe, expect, it } from 'vitest';
import type { Commit } from '../history/commit-log.js';
import { plainSubject, toDocumentHistoryProp } from './history-props.js';

const commit = (index: number, subject = `change ${index}`): Commit => ({
  hash: index.toString(16).padStart(40, '0'),
  time: 1_700_000_000 - index * 86_400,
  date: `2024-01-${String(28 - index).padStart(2, '0')}`,
  subject,
});

describe('toDocumentHistoryProp', () => {
  it('is null without commits: no git, nothing committed, or only a shallow edge', () => {
    expect(toDocumentHistoryProp(undefined, null)).toBeNull();
    expect(toDocumentHistoryProp({ commits: [], complete: false }, null)).toBeNull();
  });

  it('lists commits newest first with links when an address is known', () => {
    const prop = toDocumentHistoryProp({ commits: [commit(1), commit(2)], complete: true }, 'https://github.com/o/r/commit/{commit}');
    expect(prop).toEqual({
      changes: [
        { shortHash: '0000000000', date: '2024-01-27', subject: 'change 1', url: `https://github.com/o/r/commit/${'1'.padStart(40, '0')}` },
        { shortHash: '0000000000', date: '2024-01-26', subject: 'change 2', url: `https://github.com/o/r/commit/${'2'.padStart(40, '0')}` },
      ],
      omitted: 0,
      complete: true,
    });
  });

  it('has no links without an address, and says when the history is cut short', () => {
    const prop = toDocumentHistoryProp({ commits: [commit(1)], complete: false }, null)!;
    expect(prop.changes[0]!.url).toBeNull();
    expect(prop.complete).toBe(false);
  });

  it('lists at most the limit and counts the rest', () => {
    const commits = Array.from({ length: 12 }, (_, index) => commit(index + 1));
    const prop = toDocumentHistoryProp({ commits, complete: true }, null, 10)!;
    expect(prop.changes).toHaveLength(10);
    expect(prop.omitted).toBe(2);
  });
});

describe('plainSubject', () => {
  it.each([
    ['Fix <script>alert(1)</script> & more', 'Fix <script>alert(1)</script> & more'],
    ['bell\u0007 esc\u001b[31m red', 'bell esc [31m red'],
    ['\u202Eevil\u202C name', 'evil name'],
    ['', '(no subject)'],
    ['   ', '(no subject)'],
  ])('%j -> %j', (input, output) => {
    expect(plainSubject(input)).toBe(output);
  });
});
