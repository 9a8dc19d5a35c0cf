// One track: its introduction and its standards with their current versions.
import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type { TrackPageProp } from '@site/plugins/standards/docusaurus/page-props';
import DocRef from './DocRef';
import StateBadge from './StateBadge';

export default function TrackPage({ page }: { page: TrackPageProp }): React.ReactElement {
  const { track } = page;
  return (
    <Layout title={`${track.name} standards`} description={track.summary}>
      <main className="container margin-vert--lg scs-page">
        <nav aria-label="Breadcrumbs" className="scs-crumbs">
          <Link to="/standards">Standards</Link> › {track.name}
        </nav>
        <h1>{track.name} track</h1>
        <p className="scs-lead">{track.summary}</p>
        {page.standards.length === 0 ? (
          <p>No standards in this track yet.</p>
        ) : (
          <div className="scs-table-scroll">
            <table className="scs-table">
              <caption>Standards of the {track.name} track and their current versions</caption>
              <thead>
                <tr>
                  <th scope="col">Standard</th>
                  <th scope="col">Title</th>
                  <th scope="col">Current version</th>
                  <th scope="col">State</th>
                  <th scope="col">Versions</th>
                </tr>
              </thead>
              <tbody>
                {page.standards.map((standard) => (
                  <tr key={standard.id}>
                    <th scope="row">
                      <Link to={standard.url}>{standard.id}</Link>
                    </th>
                    <td>
                      {standard.title}
                      {standard.description && <div className="scs-note">{standard.description}</div>}
                    </td>
                    <td>{standard.current ? <DocRef doc={standard.current} /> : '—'}</td>
                    <td>{standard.current && <StateBadge tone={standard.current.state} label={standard.current.stateLabel} />}</td>
                    <td>{standard.versionCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {page.proposals.length > 0 && (
          <section>
            <h2>Proposals</h2>
            <ul>
              {page.proposals.map((proposal) => (
                <li key={proposal.id}>
                  <DocRef doc={proposal} withTitle />
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </Layout>
  );
}
