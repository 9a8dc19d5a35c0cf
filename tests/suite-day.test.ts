import { describe, expect, inject, it } from 'vitest';
import { isCalendarDate } from '../plugins/standards/model/lifecycle.js';
import { noonOf, suiteDayFromEnv } from './suite-day.mjs';

const TODAY = '2026-11-28';

describe('the suite day', () => {
  it('is SCS_SUITE_DAY when it is a day, else today', () => {
    expect(suiteDayFromEnv({ SCS_SUITE_DAY: '2026-11-27' }, () => TODAY)).toBe('2026-11-27');
    expect(suiteDayFromEnv({}, () => TODAY)).toBe(TODAY);
    expect(suiteDayFromEnv({ SCS_SUITE_DAY: '' }, () => TODAY)).toBe(TODAY);
    expect(suiteDayFromEnv({ SCS_SUITE_DAY: ' 2027-01-07 ' }, () => TODAY)).toBe('2027-01-07');
  });

  it('counts days from today with today+N and today-N, across months and years', () => {
    expect(suiteDayFromEnv({ SCS_SUITE_DAY: 'today' }, () => TODAY)).toBe(TODAY);
    expect(suiteDayFromEnv({ SCS_SUITE_DAY: 'today-1' }, () => TODAY)).toBe('2026-11-27');
    expect(suiteDayFromEnv({ SCS_SUITE_DAY: 'today+40' }, () => TODAY)).toBe('2027-01-07');
    expect(suiteDayFromEnv({ SCS_SUITE_DAY: 'today-365' }, () => TODAY)).toBe('2025-11-28');
  });

  it('stops the run on anything else, naming the value', () => {
    for (const value of ['2026-02-30', '28.11.2026', 'tomorrow', 'today+', 'today*2']) {
      expect(() => suiteDayFromEnv({ SCS_SUITE_DAY: value }, () => TODAY), value).toThrow(
        `Unexpected SCS_SUITE_DAY \`${value}\`, expected a day written YYYY-MM-DD or today+N or today-N, e.g. SCS_SUITE_DAY=2026-06-01`,
      );
    }
  });

  it('is noon UTC in a browser whose clock is fixed on it', () => {
    expect(noonOf('2026-11-28').toISOString()).toBe('2026-11-28T12:00:00.000Z');
  });

  it('reaches every test file of the run', () => {
    expect(isCalendarDate(inject('suiteDay'))).toBe(true);
    if (process.env.SCS_SUITE_DAY && isCalendarDate(process.env.SCS_SUITE_DAY)) expect(inject('suiteDay')).toBe(process.env.SCS_SUITE_DAY);
  });
});
