import { describe, expect, it } from 'vitest';
import { distanceToBox, isNear, NEAR_PX } from '../src/search/near.js';

const box = { left: 100, top: 10, right: 300, bottom: 40 };

describe('distanceToBox', () => {
  it.each([
    ['inside', 150, 20, 0],
    ['on the edge', 100, 10, 0],
    ['left of it', 60, 25, 40],
    ['below it', 200, 70, 30],
    ['off a corner', 303, 44, 5],
  ])('%s', (_, x, y, expected) => {
    expect(distanceToBox(x, y, box)).toBeCloseTo(expected);
  });
});

describe('isNear', () => {
  it('is near within the reach, not beyond it', () => {
    expect(isNear(100 - NEAR_PX, 25, box)).toBe(true);
    expect(isNear(100 - NEAR_PX - 1, 25, box)).toBe(false);
    expect(isNear(200, 40 + NEAR_PX + 1, box)).toBe(false);
    expect(isNear(320, 25, box, 10)).toBe(false);
  });

  it('a box without size (hidden) is near nothing', () => {
    expect(isNear(0, 0, { left: 0, top: 0, right: 0, bottom: 0 })).toBe(false);
  });
});
