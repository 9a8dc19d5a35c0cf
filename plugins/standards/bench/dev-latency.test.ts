import { describe, expect, it } from 'vitest';
import { lastBetween, withTitle } from './dev-latency.js';

describe('lastBetween', () => {
  it('gives the seconds from the save to the last compilation that ended before the edit showed', () => {
    expect(lastBetween([500, 1_200, 2_700, 9_000], 1_000, 4_000)).toBe(1.7);
    expect(lastBetween([1_000, 4_000], 1_000, 4_000)).toBe(3);
  });

  it('is null when no compilation ended in between', () => {
    expect(lastBetween([], 0, 10)).toBeNull();
    expect(lastBetween([500, 9_000], 1_000, 4_000)).toBeNull();
  });
});

describe('withTitle', () => {
  it('replaces the title line of the front matter', () => {
    expect(withTitle('---\ntitle: Old\nstatus: Draft\n---\n\nBody\n', 'New "one"')).toBe('---\ntitle: "New \\"one\\""\nstatus: Draft\n---\n\nBody\n');
  });

  it('refuses a document without a title line', () => {
    expect(() => withTitle('---\nstatus: Draft\n---\n', 'X')).toThrow('the document has no `title:` line to edit');
  });
});
