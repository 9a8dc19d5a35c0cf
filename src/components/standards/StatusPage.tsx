// One standard: every version with its state and dates, its supplements and
// a timeline. Renders the props built by the standards plugin.
import React, { useMemo } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Layout from '@theme/Layout';
import type { StatusPageProp } from '@site/plugins/standards/docusaurus/page-props';
import type { ScopeUsageProp } from '@site/plugins/standards/docusaurus/scope-props';
import type { StatusDiffProp } from '@site/plugins/standards/docusaurus/diff-props';
import DiffLinks from './DiffLinks';
import ScopeUsage from '../scopes/ScopeUsage';
import { statusPageAt } from '@site/plugins/standards/docusaurus/page-states';
import { scopeUsageAt } from '@site/plugins/standards/docusaurus/scope-states';
import DocRef, { DatedLink, DocRefList } from './DocRef';
import CalendarLink from './CalendarLink';
import StateBadge from './StateBadge';
import Timeline from './Timeline';
import VersionTable from './VersionTable';
import { DateNotice, DatePicker, useViewDateOfAddress, ViewDateContext } from './view-date';

export default function StatusPage({ page: built, scopes: builtScopes = [], diffs }: { page: StatusPageProp; scopes?: ScopeUsageProp[]; diffs?: StatusDiffProp }): React.ReactElement {
  // The HTML shows the build day's states; once running, the reader's day or the `?date=` asked for.
  const view = useViewDateOfAddress(built.date);
  const page = useMemo(() => statusPageAt(built, view.date), [built, view.date]);
  const scopes = useMemo(() => scopeUsageAt(builtScopes, view.date), [builtScopes, view.date]);
  const shortLink = `/standards/${page.id}/latest`;
  const shortLinkHref = useBaseUrl(shortLink);
  return (
    <Layout title={`${page.id}: ${page.title}`} description={page.description ?? undefined}>
      <ViewDateContext.Provider value={view}>
        <main className="container margin-vert--lg scs-page">
          <nav aria-label="Breadcrumbs" className="scs-crumbs">
            <DatedLink to="/standards">Standards</DatedLink> › <DatedLink to={page.track.url}>{page.track.name}</DatedLink> › {page.id}
          </nav>
          <h1>
            {page.id}: {page.title}
          </h1>
          {page.description && <p className="scs-lead">{page.description}</p>}
          <div className="scs-filters scs-filters--date" role="group" aria-label="Day of the registry">
            <DatePicker view={view} />
          </div>
          <DateNotice view={view} />
          <p>
            {page.current ? (
              <>
                Current version on {page.date}: <DocRef doc={page.current} withTitle /> <StateBadge tone={page.current.state} label={page.current.stateLabel} />. Short
                link to the version in force on the day it is followed:{' '}
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
            <p>
              Scope versions that include a version of {page.id}, with their state on {page.date}:
            </p>
            <ScopeUsage usage={scopes} showDocument />
          </section>
          <section>
            <h2>Timeline</h2>
            <Timeline timeline={page.timeline} date={view.date} isToday={view.chosen === null} />
            <CalendarLink href={page.calendar} subject={page.id} />
          </section>
        </main>
      </ViewDateContext.Provider>
    </Layout>
  );
}
