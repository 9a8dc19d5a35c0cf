// Which clouds and clusters hold which scope today: one row per subject, one
// column per scope, each cell the version held and the state of the versions
// in force. Renders props only.
import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Layout from '@theme/Layout';
import type { CompliancePageProp } from '@site/plugins/standards/docusaurus/compliance-props';
import StateBadge from '../standards/StateBadge';

export default function CompliancePage({ page }: { page: CompliancePageProp }): React.ReactElement {
  const apiUrl = useBaseUrl('/api/compliance.json');
  return (
    <Layout title="Compliance" description="Which clouds and clusters hold which SCS certification scope today.">
      <main className="container margin-vert--lg scs-page scs-scopes-page">
        <h1>Compliance</h1>
        <p className="scs-lead">
          Which clouds and clusters hold which certification scope on {page.date}, from their latest test results. {page.source}
        </p>
        {page.rows.length === 0 ? (
          <p>No compliance results yet.</p>
        ) : (
          <div className="scs-table-scroll">
            <table className="scs-table scs-compliance-table">
              <caption>Subjects and the scope versions they hold on {page.date}. A tentative pass means some results are missing, expired or aborted.</caption>
              <thead>
                <tr>
                  <th scope="col">Subject</th>
                  {page.scopes.map((scope) => (
                    <th scope="col" key={scope.slug}>
                      <Link to={scope.url}>{scope.name}</Link>
                    </th>
                  ))}
                  <th scope="col">Last check</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((row) => (
                  <tr key={row.slug}>
                    <th scope="row">
                      {row.name}
                      {row.operator && <div className="scs-compliance-operator">{row.operator}</div>}
                    </th>
                    {row.cells.map((cell, index) => (
                      <td key={page.scopes[index]!.slug}>
                        {cell === null ? (
                          <span className="scs-scope-excluded">Not tested</span>
                        ) : (
                          <>
                            <div className={`scs-held scs-held--${cell.held ? (cell.held.tentative ? 'tentative' : 'held') : 'none'}`}>
                              {cell.held ? (
                                <>
                                  Holds {cell.held.version}
                                  {cell.held.tentative && ' (tentative)'} <StateBadge tone={`scope-${cell.held.state}`} label={cell.held.stateLabel} />
                                </>
                              ) : (
                                'Holds no version'
                              )}
                            </div>
                            <ul className="scs-cell-list">
                              {cell.versions.map((version) => (
                                <li key={version.version}>
                                  {version.version} <StateBadge tone={`scope-${version.state}`} label={version.stateLabel} />:{' '}
                                  <span className={`scs-outcome scs-outcome--${version.outcome}`}>{version.outcomeLabel}</span>
                                </li>
                              ))}
                            </ul>
                            {cell.staleCount > 0 && (
                              <div className="scs-stale">
                                {cell.staleCount} expired result{cell.staleCount === 1 ? '' : 's'}
                              </div>
                            )}
                          </>
                        )}
                      </td>
                    ))}
                    <td>{row.lastChecked ?? 'never'}</td>
                    <td>
                      <Link to={row.url}>
                        Details<span className="scs-visually-hidden"> of {row.name}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p>
          Machine-readable: <a href={apiUrl}>/api/compliance.json</a>. Each subject has a badge per scope to embed, linked from its details page.
        </p>
      </main>
    </Layout>
  );
}
