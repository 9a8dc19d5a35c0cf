import { describe, expect, it } from 'vitest';
import { checkedDay, expiryDay, isValidOn } from './lifetime.js';

describe('expiryDay', () => {
  // The community's own example: checked on Wednesday 2025-03-05.
  it.each([
    ['day', '2025-03-07'],
    ['week', '2025-03-17'],
    ['month', '2025-05-01'],
    ['quarter', '2025-07-01'],
    ['year', '2026-05-01'],
  ] as const)('a result checked on 2025-03-05 with lifetime %s is valid until %s', (lifetime, expiry) => {
    expect(expiryDay('2025-03-05', lifetime)).toBe(expiry);
  });

  it.each([
    // week: the Monday after D+7; when D+7 is itself a Monday, the next one
    ['2026-11-23', 'week', '2026-12-07'],
    ['2026-11-22', 'week', '2026-11-30'],
    ['2026-11-20', 'week', '2026-11-30'],
    // month and year across the turn of the year
    ['2025-11-30', 'month', '2026-01-01'],
    ['2025-12-31', 'month', '2026-02-01'],
    ['2025-12-01', 'year', '2027-02-01'],
    // quarter: from any month of a quarter to the start of the quarter after next
    ['2025-01-01', 'quarter', '2025-07-01'],
    ['2025-03-31', 'quarter', '2025-07-01'],
    ['2025-04-01', 'quarter', '2025-10-01'],
    ['2025-11-15', 'quarter', '2026-04-01'],
    // day across month ends and a leap day
    ['2024-02-28', 'day', '2024-03-01'],
    ['2025-02-28', 'day', '2025-03-02'],
  ] as const)('checked %s, lifetime %s: until %s', (checked, lifetime, expiry) => {
    expect(expiryDay(checked, lifetime)).toBe(expiry);
  });
});

describe('isValidOn, day-exact at each boundary', () => {
  it.each([
    ['day', '2025-03-06', '2025-03-07'],
    ['week', '2025-03-16', '2025-03-17'],
    ['month', '2025-04-30', '2025-05-01'],
    ['quarter', '2025-06-30', '2025-07-01'],
    ['year', '2026-04-30', '2026-05-01'],
  ] as const)('lifetime %s: valid on %s, expired on %s', (lifetime, lastValid, firstExpired) => {
    expect(isValidOn('2025-03-05', lifetime, '2025-03-05')).toBe(true);
    expect(isValidOn('2025-03-05', lifetime, lastValid)).toBe(true);
    expect(isValidOn('2025-03-05', lifetime, firstExpired)).toBe(false);
  });

  it('does not count a result dated after the day asked about', () => {
    expect(isValidOn('2025-03-05', 'week', '2025-03-04')).toBe(false);
  });
});

describe('checkedDay', () => {
  it.each([
    ['2026-11-26', '2026-11-26'],
    ['2026-11-26T23:59:59Z', '2026-11-26'],
    // A time with an offset counts on its UTC day.
    ['2026-11-27T00:30:00+01:00', '2026-11-26'],
    ['yesterday', null],
  ])('%s is day %s', (value, day) => {
    expect(checkedDay(value)).toBe(day);
  });
});
