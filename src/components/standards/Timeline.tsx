// The lifecycle timeline of a standard's versions, drawn from precomputed
// percentages; every bar also says its dates in text.
import React from 'react';
import Link from '@docusaurus/Link';
import type { TimelineProp } from '@site/plugins/standards/docusaurus/timeline';

const at = (percent: number): React.CSSProperties => ({ left: `${percent}%` });

export default function Timeline({ timeline }: { timeline: TimelineProp }): React.ReactElement {
  return (
    <figure className="scs-timeline">
      <figcaption>
        Lifecycle from {timeline.from} to {timeline.to}; the line marks today, {timeline.today.date}.
      </figcaption>
      <div className="scs-timeline__grid">
        <div className="scs-timeline__axis" aria-hidden="true">
          {timeline.ticks.map((tick) => (
            <span key={tick.label} className="scs-timeline__tick" style={at(tick.percent)}>
              {tick.label}
            </span>
          ))}
          <span className="scs-timeline__today-label" style={at(timeline.today.percent)}>
            today
          </span>
        </div>
        <ol className="scs-timeline__lanes">
          {timeline.lanes.map((lane) => (
            <li key={lane.label} className="scs-timeline__lane">
              <Link className="scs-timeline__label" to={lane.url}>
                {lane.label}
              </Link>
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
                <span className="scs-timeline__today" style={at(timeline.today.percent)} aria-hidden="true" />
              </div>
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
