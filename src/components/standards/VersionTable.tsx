// The versions of one standard as a table: type, status, state and dates.
import React from 'react';
import type { VersionRow } from '@site/plugins/standards/docusaurus/page-props';
import DocRef, { DocRefList } from './DocRef';
import StateBadge from './StateBadge';

export default function VersionTable({ caption, versions }: { caption: string; versions: readonly VersionRow[] }): React.ReactElement {
  return (
    <div className="scs-table-scroll">
      <table className="scs-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Title</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">State</th>
            <th scope="col">Stabilized</th>
            <th scope="col">Deprecated or rejected</th>
            <th scope="col">Supplements</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.id} className={version.current ? 'scs-table__current' : undefined}>
              <th scope="row">
                <DocRef doc={version} />
                {version.current && <span className="scs-current-label"> current</span>}
              </th>
              <td>{version.title}</td>
              <td>{version.type ?? '—'}</td>
              <td>{version.status ?? '—'}</td>
              <td>
                <StateBadge tone={version.state} label={version.stateLabel} />
                {version.note && <span className="scs-note"> {version.note}</span>}
              </td>
              <td>{version.stabilizedAt ?? '—'}</td>
              <td>{version.deprecatedAt ?? version.rejectedAt ?? '—'}</td>
              <td>{version.supplements.length > 0 ? <DocRefList docs={version.supplements} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
