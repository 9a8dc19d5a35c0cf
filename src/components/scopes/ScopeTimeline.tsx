// A scope's timeline: one lane per version, coloured segments from the
// precomputed percentages, today marked; every segment also says its state and
// dates in words, and the list below the drawing repeats them for everyone.
import React from 'react';
import type { ScopeTimelineProp } from '@site/plugins/standards/docusaurus/scope-props';
import { timelinePercent } from '@site/plugins/standards/docusaurus/timeline';

const at = (percent: number): React.CSSProperties => ({ left: `${percent}%` });

/** `date`: the day the page shows (the build day in the HTML); `isToday`: whether that is today rather than a chosen day. */
export default function ScopeTimeline({ timeline, date = timeline.today.date, isToday = true }: { timeline: ScopeTimelineProp; date?: string; isToday?: boolean }): React.ReactElement {
  const percent = timelinePercent(timeline.from, timeline.to, date);
  // A day outside the drawn years gets no line (the caption still names it).
  const marked = percent >= 0 && percent <= 100;
  const named = isToday ? 'today' : 'the chosen day';
  return (
    <figure className="scs-timeline scs-scope-timeline">
      <figcaption>
        Scope versions from {timeline.from} to {timeline.to}; {marked ? `the line marks ${named}, ${date}` : `${named}, ${date}, lies outside this range`}.
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
              {isToday ? 'today' : 'chosen day'}
            </span>
          )}
        </div>
        <ol className="scs-timeline__lanes">
          {timeline.lanes.map((lane) => (
            <li key={lane.version} className="scs-timeline__lane">
              <span className="scs-timeline__label">{lane.version}</span>
              <div className="scs-timeline__bar-area">
                {lane.segments.map((segment) => (
                  <span
                    key={segment.from}
                    className={`scs-timeline__segment scs-scope-segment--${segment.state}`}
                    style={{ left: `${segment.startPercent}%`, width: `${segment.widthPercent}%` }}
                    title={`${segment.stateLabel} from ${segment.from}${segment.to ? ` to ${segment.to}` : ''}`}>
                    <span className="scs-visually-hidden">
                      {segment.stateLabel} from {segment.from}
                      {segment.to ? ` to ${segment.to}` : ''}
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
