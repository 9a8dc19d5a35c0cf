// One track: its introduction and its standards with their current versions.
import React, { useMemo } from 'react';
import Layout from '@theme/Layout';
import type { TrackPageProp } from '@site/plugins/standards/docusaurus/page-props';
import type { TrackScopeProp } from '@site/plugins/standards/docusaurus/scope-props';
import TrackScopes from '../scopes/TrackScopes';
import { trackPageAt } from '@site/plugins/standards/docusaurus/page-states';
import { trackScopesAt } from '@site/plugins/standards/docusaurus/scope-states';
import DocRef, { DatedLink } from './DocRef';
import StateBadge from './StateBadge';
import { DateNotice, DatePicker, useViewDateOfAddress, ViewDateContext } from './view-date';

export default function TrackPage({ page: built, scopes: builtScopes = [] }: { page: TrackPageProp; scopes?: TrackScopeProp[] }): React.ReactElement {
  const { track } = built;
  // The HTML shows the build day's current versions; once running, the reader's day or the `?date=` asked for.
  const view = useViewDateOfAddress(built.date);
  const page = useMemo(() => trackPageAt(built, view.date), [built, view.date]);
  const scopes = useMemo(() => trackScopesAt(builtScopes, view.date), [builtScopes, view.date]);
  return (
    <Layout title={`${track.name} standards`} description={track.summary}>
      <ViewDateContext.Provider value={view}>
        <main className="container margin-vert--lg scs-page">
          <nav aria-label="Breadcrumbs" className="scs-crumbs">
            <DatedLink to="/standards">Standards</DatedLink> › {track.name}
          </nav>
          <h1>{track.name} track</h1>
          <p className="scs-lead">{track.summary}</p>
          <div className="scs-filters scs-filters--date" role="group" aria-label="Day of the registry">
            <DatePicker view={view} />
          </div>
          <DateNotice view={view} />
          {page.standards.length === 0 ? (
            <p>No standards in this track yet.</p>
          ) : (
            <div className="scs-table-scroll">
              <table className="scs-table">
                <caption>
                  Standards of the {track.name} track and their current versions on {view.date}
                </caption>
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
                  {page.standards.map((standard, index) => {
                    const current = page.currents[index] ?? null;
                    return (
                    <tr key={standard.id}>
                      <th scope="row">
                        <DatedLink to={standard.url}>{standard.id}</DatedLink>
                      </th>
                      <td>
                        {standard.title}
                        {standard.description && <div className="scs-note">{standard.description}</div>}
                      </td>
                      <td>{current ? <DocRef doc={current} /> : '—'}</td>
                      <td>{current && <StateBadge tone={current.state} label={current.stateLabel} />}</td>
                      <td>{standard.versionCount}</td>
                    </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <TrackScopes scopes={scopes} date={view.date} />
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
      </ViewDateContext.Provider>
    </Layout>
  );
}
