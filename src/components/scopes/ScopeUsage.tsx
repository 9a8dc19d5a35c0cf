// The scope versions that include a standard: on its status page and its document pages.
import React from 'react';
import type { ScopeUsageProp } from '@site/plugins/standards/docusaurus/scope-props';
import { DatedLink } from '../standards/DocRef';
import StateBadge from '../standards/StateBadge';

export default function ScopeUsage({ usage, showDocument = false }: { usage: readonly ScopeUsageProp[]; showDocument?: boolean }): React.ReactElement {
  if (usage.length === 0) return <p>No certification scope includes it.</p>;
  return (
    <ul className="scs-scope-usage">
      {usage.map((entry) => (
        <li key={`${entry.scope} ${entry.version} ${entry.document}`}>
          <DatedLink to={entry.scopeUrl}>
            {entry.scope} {entry.version}
          </DatedLink>{' '}
          <StateBadge tone={`scope-${entry.state}`} label={entry.stateLabel} />
          {showDocument && <> requires {entry.document}</>}
          {entry.targets.length > 0 && <> (tested in: {entry.targets.join(', ')})</>}
        </li>
      ))}
    </ul>
  );
}
