import { describe, expect, it } from 'vitest';
import { diffText, sideText } from './word-diff.js';

// The parts' texts are cut from the compared texts (so a build's comparisons share their memory): whatever the
// edits, each side must come back exactly as written, and no two neighbouring parts may be of the same kind.
describe('diffText', () => {
  const words = ['cloud', 'MUST', 'MAY', 'flavor', 'ä', '€', '😀', ' ', '  ', '\n', '\n\n', '-', '`code`', 'scs-0100'];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const text = (length: number) => Array.from({ length }, () => words[Math.floor(next() * words.length)]).join('');
  const edit = (source: string) => {
    let result = source;
    for (let count = Math.floor(next() * 6); count > 0; count--) {
      const at = Math.floor(next() * (result.length + 1));
      result = next() < 0.5 ? result.slice(0, at) + text(1 + Math.floor(next() * 8)) + result.slice(at) : result.slice(0, at) + result.slice(at + Math.floor(next() * 20));
    }
    return result;
  };

  it('gives back both texts exactly, on 300 random edits', () => {
    for (let run = 0; run < 300; run++) {
      const before = text(Math.floor(next() * 200));
      const after = edit(before);
      const parts = diffText(before, after);
      expect(sideText(parts, '-')).toBe(before);
      expect(sideText(parts, '+')).toBe(after);
      parts.forEach((part, index) => {
        expect(part.text).not.toBe('');
        if (index > 0) expect(part.op).not.toBe(parts[index - 1]!.op);
      });
    }
  });

  it.each([
    ['equal', 'Same text.\n', 'Same text.\n', [{ op: '=', text: 'Same text.\n' }]],
    ['added', '', 'New.\n', [{ op: '+', text: 'New.\n' }]],
    ['removed', 'Old.\n', '', [{ op: '-', text: 'Old.\n' }]],
    ['one word replaced', 'Providers MAY offer it.\nSecond line stays.\n', 'Providers MUST offer it.\nSecond line stays.\n', [
      { op: '=', text: 'Providers ' },
      { op: '-', text: 'MAY' },
      { op: '+', text: 'MUST' },
      { op: '=', text: ' offer it.\nSecond line stays.\n' },
    ]],
  ])('%s', (_name, before, after, parts) => {
    expect(diffText(before, after)).toEqual(parts);
  });
});
