// A timeline as plain geometry: lanes of dated segments and a marker for the
// day shown, in percent of the drawn range (whole years around every date and
// that day), so the component only draws. One shape for the lifecycle of a
// standard's versions (status page) and for a scope's versions (scope page).
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { lifecycleEvents, type LifecycleEvent } from '../model/lifecycle.js';
import { shortId } from './links.js';

export interface TimelineSegment {
  /** What the segment is, as the suffix of its class: `effective`, `deprecated`, `scope-warn`, … */
  state: string;
  /** The state in words, said with the segment's dates. */
  stateLabel: string;
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
  /** Where the label links to; null for a lane that is no page (a scope version). */
  url: string | null;
  segments: TimelineSegment[];
  events: TimelineEvent[];
  /** Said instead of a bar when a lane has no dates (a draft). */
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

/** The drawn range for `dates` and the day shown (1 January of the first year to 1 January after the last), and how to place things on it. */
export function timelineFrame(dates: readonly CalendarDate[], date: CalendarDate) {
  const years = [...dates, date].map((day) => Number(day.slice(0, 4)));
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years) + 1;
  const from = `${firstYear}-01-01`;
  const to = `${lastYear}-01-01`;
  const percent = (day: CalendarDate) => timelinePercent(from, to, day);
  const segment = (state: string, stateLabel: string, begin: CalendarDate, end: CalendarDate | null): TimelineSegment => ({
    state,
    stateLabel,
    from: begin,
    to: end,
    startPercent: percent(begin),
    widthPercent: Math.round((percent(end ?? to) - percent(begin)) * 100) / 100,
  });
  const ticks = [];
  for (let year = firstYear; year <= lastYear; year += 1) ticks.push({ label: String(year), percent: percent(`${year}-01-01`) });
  return { from, to, today: { date, percent: percent(date) }, ticks, percent, segment };
}

export function toTimelineProp(versions: readonly StandardDocument[], urlOf: (document: StandardDocument) => string, date: CalendarDate): TimelineProp {
  const { from, to, today, ticks, percent, segment } = timelineFrame(
    versions.flatMap((version) => lifecycleEvents(version).map((event) => event.date)),
    date,
  );
  return {
    from,
    to,
    today,
    ticks,
    lanes: versions.map((version) => {
      const segments: TimelineSegment[] = [];
      const { stabilizedAt, deprecatedAt } = version;
      if (stabilizedAt) segments.push(segment('effective', 'Effective', stabilizedAt, deprecatedAt));
      if (deprecatedAt) segments.push(segment('deprecated', 'Deprecated', deprecatedAt, null));
      const events = lifecycleEvents(version).map(({ date, kind }) => ({ date, kind, percent: percent(date) }));
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
