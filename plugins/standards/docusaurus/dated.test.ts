import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../model/lifecycle.js';
import { buildDayView, resolveViewDate, scheduledTransitions, stateViewAt, withDateParam, type LifecycleDates } from './dated.js';
import { buildDateFromEnv } from './options.js';

const TODAY = '2026-11-27';
const BUILT = '2026-01-10';

describe('the day a page shows', () => {
  it.each([
    ['no date: today', '', { date: TODAY, chosen: null, invalid: null }],
    ['an empty date: today', '?date=', { date: TODAY, chosen: null, invalid: null }],
    ['a day in the past', '?track=iaas&date=2024-03-01', { date: '2024-03-01', chosen: '2024-03-01', invalid: null }],
    ['a day in the future', '?date=2030-12-31', { date: '2030-12-31', chosen: '2030-12-31', invalid: null }],
    ['a day that does not exist: today, and named', '?date=2025-02-30', { date: TODAY, chosen: null, invalid: '2025-02-30' }],
    ['another format: today, and named', '?date=01.03.2024', { date: TODAY, chosen: null, invalid: '01.03.2024' }],
  ])('%s', (_, search, expected) => {
    expect(resolveViewDate(search, TODAY, BUILT)).toEqual({ ...expected, today: TODAY, buildDate: BUILT });
  });

  it('is the build day before the page runs, as in the HTML', () => {
    expect(buildDayView(BUILT)).toEqual({ date: BUILT, buildDate: BUILT, today: null, chosen: null, invalid: null });
  });

  it.each([
    ['/standards/iaas', '2024-03-01', '/standards/iaas?date=2024-03-01'],
    ['/standards?track=iaas&date=2020-01-01#x', '2024-03-01', '/standards?track=iaas&date=2024-03-01#x'],
    ['/standards?track=iaas&date=2020-01-01#x', null, '/standards?track=iaas#x'],
    ['/standards?date=2020-01-01', null, '/standards'],
  ])('keeps the date on a link: %s with %s', (url, date, expected) => {
    expect(withDateParam(url, date)).toBe(expected);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['', false],
  ])('%s is a day: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe('STANDARDS_DATE', () => {
  it('sets the build day, and is today when unset or empty', () => {
    expect(buildDateFromEnv({ STANDARDS_DATE: '2025-11-27' }, () => TODAY)).toBe('2025-11-27');
    expect(buildDateFromEnv({}, () => TODAY)).toBe(TODAY);
    expect(buildDateFromEnv({ STANDARDS_DATE: '' }, () => TODAY)).toBe(TODAY);
  });

  it('stops the build when it is not a day', () => {
    expect(() => buildDateFromEnv({ STANDARDS_DATE: '2025-02-30' })).toThrow(
      'Unexpected STANDARDS_DATE `2025-02-30`, expected a day written YYYY-MM-DD, e.g. STANDARDS_DATE=2026-06-01',
    );
  });
});

describe('scheduled transitions', () => {
  const dated = (name: string, dates: Partial<LifecycleDates>) => {
    const all: LifecycleDates = { status: 'Stable', stabilizedAt: null, deprecatedAt: null, version: 1, ...dates };
    return { name, dates: all, ...stateViewAt(all, TODAY) };
  };
  const items = [
    dated('v1', { status: 'Deprecated', stabilizedAt: '2022-01-01', deprecatedAt: '2027-03-01' }),
    dated('v2', { stabilizedAt: '2026-12-01', version: 2 }),
    dated('late', { stabilizedAt: '2027-06-01' }),
    dated('past', { stabilizedAt: '2026-11-27' }),
    dated('draft', { status: 'Draft', stabilizedAt: null }),
  ];

  it('lists what changes after the day and within the days given, oldest first', () => {
    expect(scheduledTransitions(items, TODAY, 180).map(({ date, item, from, to }) => `${date} ${item.name} ${from} -> ${to}`)).toEqual([
      '2026-12-01 v2 effective-soon -> effective',
      '2027-03-01 v1 deprecation-scheduled -> deprecated',
    ]);
  });

  it('counts the last day of the window in, the day itself out', () => {
    expect(scheduledTransitions(items, '2026-11-30', 1).map(({ item }) => item.name)).toEqual(['v2']);
    expect(scheduledTransitions(items, '2026-12-01', 1)).toEqual([]);
  });
});
