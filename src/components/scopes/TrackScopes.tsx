// The certification scopes on the Scopes track page: a link to each scope's
// page, where its versions, modules and timeline are shown.
import React from 'react';
import Link from '@docusaurus/Link';
import type { TrackScopeProp } from '@site/plugins/standards/docusaurus/scope-props';

export default function TrackScopes({ scopes }: { scopes: readonly TrackScopeProp[] }): React.ReactElement | null {
  if (scopes.length === 0) return null;
  return (
    <section aria-labelledby="track-scopes">
      <h2 id="track-scopes">Certification scopes</h2>
      <p>What each scope requires, version by version, and when each version is in force:</p>
      <ul>
        {scopes.map((scope) => (
          <li key={scope.url}>
            <Link to={scope.url}>{scope.name}</Link>
            {scope.versions.length > 0 && <> (versions {scope.versions.join(', ')})</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
