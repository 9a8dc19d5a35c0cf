// A lifecycle timeline as plain geometry: lanes of dated segments and a
// marker for today, in percent of the drawn range, so the component only draws.
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { lifecycleEvents, type LifecycleEvent } from '../model/lifecycle.js';
import { shortId } from './links.js';

export interface TimelineSegment {
  state: 'effective' | 'deprecated';
  from: CalendarDate;
  /** Null: open-ended, drawn to the end of the range. */
  to: CalendarDate | null;
  startPercent: number;
  widthPercent: number;
}

export interface TimelineEvent extends LifecycleEvent {
  percent: number;
}

export interface TimelineLane {
  label: string;
  url: string;
  segments: TimelineSegment[];
  events: TimelineEvent[];
  /** Said instead of a bar when a version has no dates (a draft). */
  note: string | null;
}

export interface TimelineProp {
  from: CalendarDate;
  to: CalendarDate;
  today: { date: CalendarDate; percent: number };
  ticks: Array<{ label: string; percent: number }>;
  lanes: TimelineLane[];
}

const DAY = 24 * 60 * 60 * 1000;
const dayNumber = (date: CalendarDate) => Date.parse(`${date}T00:00:00Z`) / DAY;

/** Where `day` lies on a timeline from `from` to `to`, in percent (outside 0–100 when outside the range). */
export function timelinePercent(from: CalendarDate, to: CalendarDate, day: CalendarDate): number {
  const start = dayNumber(from);
  return Math.round(((dayNumber(day) - start) / (dayNumber(to) - start)) * 10000) / 100;
}

export function toTimelineProp(versions: readonly StandardDocument[], urlOf: (document: StandardDocument) => string, date: CalendarDate): TimelineProp {
  const dates = versions.flatMap((version) => lifecycleEvents(version).map((event) => event.date));
  const years = [...dates, date].map((day) => Number(day.slice(0, 4)));
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years) + 1; // the range ends on 1 January after the last date
  const from = `${firstYear}-01-01`;
  const to = `${lastYear}-01-01`;
  const percent = (day: CalendarDate) => timelinePercent(from, to, day);
  const segment = (state: TimelineSegment['state'], begin: CalendarDate, end: CalendarDate | null): TimelineSegment => ({
    state,
    from: begin,
    to: end,
    startPercent: percent(begin),
    widthPercent: Math.round((percent(end ?? to) - percent(begin)) * 100) / 100,
  });
  const ticks = [];
  for (let year = firstYear; year <= lastYear; year += 1) ticks.push({ label: String(year), percent: percent(`${year}-01-01`) });
  return {
    from,
    to,
    today: { date, percent: percent(date) },
    ticks,
    lanes: versions.map((version) => {
      const segments: TimelineSegment[] = [];
      const { stabilizedAt, deprecatedAt } = version;
      if (stabilizedAt) segments.push(segment('effective', stabilizedAt, deprecatedAt));
      if (deprecatedAt) segments.push(segment('deprecated', deprecatedAt, null));
      const events = lifecycleEvents(version).map((event) => ({ ...event, percent: percent(event.date) }));
      return {
        label: shortId(version),
        url: urlOf(version),
        segments,
        events,
        note: events.length === 0 ? (version.status === 'Draft' ? 'Draft, no dates yet' : 'No dates given') : null,
      };
    }),
  };
}
