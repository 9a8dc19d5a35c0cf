// A timeline drawn from precomputed percentages: one lane per version, its
// state segments and dated events, and a line for the day shown. Every
// segment also says its state and dates in words. Used for the versions of a
// standard (status page) and of a certification scope (scope page).
import React from 'react';
import { DatedLink } from './DocRef';
import { timelinePercent, type TimelineProp } from '@site/plugins/standards/docusaurus/timeline';

const at = (percent: number): React.CSSProperties => ({ left: `${percent}%` });

/**
 * `date`: the day the page shows (the build day in the HTML); `isToday`: whether that is today rather than a
 * chosen day; `subject`: what the caption says is drawn; `className`: an extra class for the figure.
 */
export default function Timeline({
  timeline,
  date = timeline.today.date,
  isToday = true,
  subject = 'Lifecycle',
  className,
}: {
  timeline: TimelineProp;
  date?: string;
  isToday?: boolean;
  subject?: string;
  className?: string;
}): React.ReactElement {
  const percent = timelinePercent(timeline.from, timeline.to, date);
  // A chosen day outside the drawn years gets no line (the caption still names it).
  const marked = percent >= 0 && percent <= 100;
  const word = isToday ? 'today' : 'chosen day';
  const named = isToday ? 'today' : 'the chosen day';
  return (
    <figure className={className ? `scs-timeline ${className}` : 'scs-timeline'}>
      <figcaption>
        {subject} from {timeline.from} to {timeline.to}; {marked ? `the line marks ${named}, ${date}` : `${named}, ${date}, lies outside this range`}.
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
              {lane.url === null ? (
                <span className="scs-timeline__label">{lane.label}</span>
              ) : (
                <DatedLink className="scs-timeline__label" to={lane.url}>
                  {lane.label}
                </DatedLink>
              )}
              <div className="scs-timeline__bar-area">
                {lane.segments.map((segment) => {
                  const words = `${segment.stateLabel} from ${segment.from}${segment.to ? ` to ${segment.to}` : ''}`;
                  return (
                    <span
                      key={`${segment.state} ${segment.from}`}
                      className={`scs-timeline__segment scs-timeline__segment--${segment.state}`}
                      style={{ left: `${segment.startPercent}%`, width: `${segment.widthPercent}%` }}
                      title={words}>
                      <span className="scs-visually-hidden">{words}</span>
                    </span>
                  );
                })}
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
