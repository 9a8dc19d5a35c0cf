import { describe, expect, it } from 'vitest';
import { formatNumber, formatTable, ratio } from './table.js';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [10_000, '10,000'],
    [0.12345, '0.123'],
    [1.5, '1.50'],
    [12.345, '12.3'],
    [1234.5, '1,235'],
    [Number.NaN, '–'],
  ])('formats %d as %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe('ratio', () => {
  it.each([
    [1.5, 2, '0.75x'],
    [30, 10, '3.00x'],
    [null, 10, null],
  ])('%s over %s is %s', (figure, limit, expected) => {
    expect(ratio(figure, limit)).toBe(expected);
  });
});

describe('formatTable', () => {
  it('aligns figures right and words left, with a dash for a missing cell', () => {
    expect(formatTable(['Run', 'Wall s', 'Target'], [['cold', 12.5, '< 10 s'], ['warm', 1234, null]])).toBe(
      ['| Run  | Wall s | Target |', '|:-----|-------:|:-------|', '| cold |   12.5 | < 10 s |', '| warm |  1,234 | –      |'].join('\n'),
    );
  });
});
