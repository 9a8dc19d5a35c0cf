// The lifecycle banner of a standards document: what the reader must know, in words.
import React from 'react';
import type { DocumentPageProp } from '@site/plugins/standards/docusaurus/document-props';
import { LIFECYCLE_FILTER, lifecycleFilterValue } from '@site/plugins/standards/search/state-filter';
import DocRef from './DocRef';

export default function LifecycleBanner({ doc }: { doc: DocumentPageProp }): React.ReactElement {
  const { banner } = doc;
  return (
    <div className={`scs-banner scs-banner--${banner.tone}`} role="note" aria-label="Lifecycle">
      <p className="scs-banner__facts">
        {doc.track && (
          <span className="scs-banner__track">
            Track <span data-pagefind-filter="track">{doc.track.name}</span>
          </span>
        )}
        <span className={`scs-badge scs-badge--${banner.tone}`}>{doc.stateLabel ?? banner.label}</span>
        {/* For the search's state filter: the dates, not a day's state (plugins/standards/search/state-filter.ts). */}
        {doc.dates && doc.stateLabel !== null && <span hidden data-pagefind-filter={`${LIFECYCLE_FILTER}:${lifecycleFilterValue(doc.dates)}`} />}
      </p>
      <p className="scs-banner__message">
        {banner.message.map((part, index) =>
          'text' in part ? <React.Fragment key={index}>{part.text}</React.Fragment> : <DocRef key={index} doc={part.link} />,
        )}
      </p>
    </div>
  );
}
