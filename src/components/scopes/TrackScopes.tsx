// The certification scopes on the Scopes track page: a link to each scope's
// page, where its modules and timeline are shown, and each version with its
// state on the page's day (the build day in the HTML; the page recomputes the
// states for the reader's day or the `?date=`, see TrackPage). Links keep the day.
import React from 'react';
import type { TrackScopeProp } from '@site/plugins/standards/docusaurus/scope-props';
import { DatedLink } from '../standards/DocRef';
import StateBadge from '../standards/StateBadge';

export default function TrackScopes({ scopes, date }: { scopes: readonly TrackScopeProp[]; date: string }): React.ReactElement | null {
  if (scopes.length === 0) return null;
  return (
    <section aria-labelledby="track-scopes">
      <h2 id="track-scopes">Certification scopes</h2>
      <p>What each scope requires, version by version, and when each version is in force; the states are those of {date}:</p>
      <ul className="scs-track-scopes">
        {scopes.map((scope) => (
          <li key={scope.url}>
            <DatedLink to={scope.url}>{scope.name}</DatedLink>
            {scope.versions.length > 0 && (
              <ul aria-label={`Versions of ${scope.name}`}>
                {scope.versions.map((version) => (
                  <li key={version.version} data-scope-version={version.version}>
                    {version.version} <StateBadge tone={`scope-${version.state}`} label={version.stateLabel} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
