// Any two versions of a standard, compared in the browser with the same code
// the build uses for consecutive versions (plugins/standards/compare), from
// the versions' sections in the props. Without JavaScript it offers the
// pages of consecutive versions.
import React, { useEffect, useMemo, useState } from 'react';
import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import Layout from '@theme/Layout';
import { compareDocuments } from '@site/plugins/standards/compare/compare';
import type { ComparePageProp } from '@site/plugins/standards/docusaurus/diff-props';
import CompareForm from './CompareForm';
import DiffView from './DiffView';

function chosen(search: string, page: ComparePageProp): { from?: string; to?: string } {
  const params = new URLSearchParams(search);
  const known = (label: string | null) => (label && page.documents.some((document) => document.label === label) ? label : undefined);
  return { from: known(params.get('from')), to: known(params.get('to')) };
}

export default function ComparePage({ page }: { page: ComparePageProp }): React.ReactElement {
  const location = useLocation();
  // The query is read after hydration: the HTML was built without one.
  const [search, setSearch] = useState<string | null>(null);
  useEffect(() => setSearch(location.search), [location.search]);
  const choice = search === null ? {} : chosen(search, page);
  const comparison = useMemo(() => {
    const from = page.documents.find((document) => document.label === choice.from);
    const to = page.documents.find((document) => document.label === choice.to);
    return from && to && from !== to ? compareDocuments(from, to) : null;
  }, [page, choice.from, choice.to]);
  const title = comparison ? `${page.standardId}: changes from ${comparison.from.label} to ${comparison.to.label}` : `${page.standardId}: compare versions`;
  return (
    <Layout title={title} description={`Compare any two versions of ${page.standardId} ${page.title}`}>
      <main className="container margin-vert--lg scs-page">
        <nav aria-label="Breadcrumbs" className="scs-crumbs">
          <Link to="/standards">Standards</Link> › <Link to={page.track.url}>{page.track.name}</Link> › <Link to={page.statusPage}>{page.standardId}</Link> › Compare
        </nav>
        <h1>{title}</h1>
        <CompareForm key={`${choice.from}-${choice.to}`} action={`${page.statusPage}/diff`} versions={page.versions} from={choice.from} to={choice.to} idPrefix="compare" />
        <p>
          Consecutive versions have pages of their own:{' '}
          {page.pairs.map((pair, index) => (
            <React.Fragment key={pair.url}>
              {index > 0 && ', '}
              <Link to={pair.url}>
                {pair.from} to {pair.to}
              </Link>
            </React.Fragment>
          ))}
          .
        </p>
        {comparison ? (
          <DiffView comparison={comparison} />
        ) : (
          <p role="status">{search !== null && choice.from && choice.from === choice.to ? 'Choose two different versions.' : 'Choose two versions and press Compare (this needs JavaScript).'}</p>
        )}
      </main>
    </Layout>
  );
}
