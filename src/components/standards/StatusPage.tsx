// One standard: every version with its state and dates, its supplements and
// a timeline. Renders the props built by the standards plugin.
import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Layout from '@theme/Layout';
import type { StatusPageProp } from '@site/plugins/standards/docusaurus/page-props';
import type { ScopeUsageProp } from '@site/plugins/standards/docusaurus/scope-props';
import type { StatusDiffProp } from '@site/plugins/standards/docusaurus/diff-props';
import DiffLinks from './DiffLinks';
import ScopeUsage from '../scopes/ScopeUsage';
import DocRef, { DocRefList } from './DocRef';
import CalendarLink from './CalendarLink';
import StateBadge from './StateBadge';
import Timeline from './Timeline';
import VersionTable from './VersionTable';

export default function StatusPage({ page, scopes = [], diffs }: { page: StatusPageProp; scopes?: ScopeUsageProp[]; diffs?: StatusDiffProp }): React.ReactElement {
  const shortLink = `/standards/${page.id}/latest`;
  const shortLinkHref = useBaseUrl(shortLink);
  return (
    <Layout title={`${page.id}: ${page.title}`} description={page.description ?? undefined}>
      <main className="container margin-vert--lg scs-page">
        <nav aria-label="Breadcrumbs" className="scs-crumbs">
          <Link to="/standards">Standards</Link> › <Link to={page.track.url}>{page.track.name}</Link> › {page.id}
        </nav>
        <h1>
          {page.id}: {page.title}
        </h1>
        {page.description && <p className="scs-lead">{page.description}</p>}
        <p>
          {page.current ? (
            <>
              Current version: <DocRef doc={page.current} withTitle /> <StateBadge tone={page.current.state} label={page.current.stateLabel} />. Short link:{' '}
              {/* A plain link: the short link is a static redirect file, not a route of the app. */}
              <a href={shortLinkHref}>{shortLink}</a>
            </>
          ) : (
            'This standard has no versions yet.'
          )}
        </p>
        <VersionTable caption={`Versions of ${page.id}, states on ${page.date}`} versions={page.versions} />
        {diffs && <DiffLinks diffs={diffs} />}
        {page.supplements.length > 0 && (
          <section>
            <h2>Supplements</h2>
            <ul>
              {page.supplements.map((supplement) => (
                <li key={supplement.id}>
                  <DocRef doc={supplement} withTitle />
                  {supplement.supplements.length > 0 && (
                    <>
                      {' '}
                      — for <DocRefList docs={supplement.supplements} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h2>Certification scopes</h2>
          <p>Scope versions that include a version of {page.id}, with their state on {page.date}:</p>
          <ScopeUsage usage={scopes} showDocument />
        </section>
        <section>
          <h2>Timeline</h2>
          <Timeline timeline={page.timeline} />
          <CalendarLink href={page.calendar} subject={page.id} />
        </section>
      </main>
    </Layout>
  );
}
