// The lifecycle timeline of a standard's versions, drawn from precomputed
// percentages; every bar also says its dates in text.
import React from 'react';
import { DatedLink } from './DocRef';
import { timelinePercent, type TimelineProp } from '@site/plugins/standards/docusaurus/timeline';

const at = (percent: number): React.CSSProperties => ({ left: `${percent}%` });

/** `date`: the day the page shows (the build day in the HTML); `isToday`: whether that is today rather than a chosen day. */
export default function Timeline({ timeline, date = timeline.today.date, isToday = true }: { timeline: TimelineProp; date?: string; isToday?: boolean }): React.ReactElement {
  const percent = timelinePercent(timeline.from, timeline.to, date);
  // A chosen day outside the drawn years gets no line (the caption still names it).
  const marked = percent >= 0 && percent <= 100;
  const word = isToday ? 'today' : 'chosen day';
  const named = isToday ? 'today' : 'the chosen day';
  return (
    <figure className="scs-timeline">
      <figcaption>
        Lifecycle from {timeline.from} to {timeline.to}; {marked ? `the line marks ${named}, ${date}` : `${named}, ${date}, lies outside this range`}.
      </figcaption>
      <div className="scs-timeline__grid">
        <div className="scs-timeline__axis" aria-hidden="true">
          {timeline.ticks.map((tick) => (
            <span key={tick.label} className="scs-timeline__tick" style={at(tick.percent)}>
              {tick.label}
            </span>
          ))}
          {marked && (
            <span className="scs-timeline__today-label" style={at(percent)}>
              {word}
            </span>
          )}
        </div>
        <ol className="scs-timeline__lanes">
          {timeline.lanes.map((lane) => (
            <li key={lane.label} className="scs-timeline__lane">
              <DatedLink className="scs-timeline__label" to={lane.url}>
                {lane.label}
              </DatedLink>
              <div className="scs-timeline__bar-area">
                {lane.segments.map((segment) => (
                  <span
                    key={segment.state}
                    className={`scs-timeline__segment scs-timeline__segment--${segment.state}`}
                    style={{ left: `${segment.startPercent}%`, width: `${segment.widthPercent}%` }}>
                    <span className="scs-visually-hidden">
                      {segment.state === 'effective' ? 'Effective' : 'Deprecated'} from {segment.from}
                      {segment.to ? ` to ${segment.to}` : ''}
                    </span>
                  </span>
                ))}
                {lane.events.map((event) => (
                  <span key={event.kind} className={`scs-timeline__event scs-timeline__event--${event.kind}`} style={at(event.percent)} title={`${event.kind} ${event.date}`}>
                    <span className="scs-visually-hidden">
                      {event.kind} on {event.date}
                    </span>
                  </span>
                ))}
                {lane.note && <span className="scs-timeline__note">{lane.note}</span>}
                {marked && <span className="scs-timeline__today" style={at(percent)} aria-hidden="true" />}
              </div>
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
