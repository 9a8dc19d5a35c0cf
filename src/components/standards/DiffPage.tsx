// What changed between two consecutive versions of a standard, built in full.
import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import type { DiffPageProp } from '@site/plugins/standards/docusaurus/diff-props';
import DocRef from './DocRef';
import DiffView from './DiffView';

export default function DiffPage({ page }: { page: DiffPageProp }): React.ReactElement {
  const title = `${page.standardId}: changes from ${page.from.label} to ${page.to.label}`;
  return (
    <Layout title={title} description={`What changed in ${page.standardId} ${page.title} between ${page.from.label} and ${page.to.label}`}>
      <main className="container margin-vert--lg scs-page">
        <nav aria-label="Breadcrumbs" className="scs-crumbs">
          <Link to="/standards">Standards</Link> › <Link to={page.track.url}>{page.track.name}</Link> › <Link to={page.statusPage}>{page.standardId}</Link> › Changes
        </nav>
        <h1>{title}</h1>
        <p className="scs-lead">
          <DocRef doc={page.from} withTitle /> compared with <DocRef doc={page.to} withTitle />.{' '}
          {page.comparePage && (
            <>
              <Link to={page.comparePage}>Compare other versions</Link>.
            </>
          )}
        </p>
        <DiffView comparison={page.comparison} />
      </main>
    </Layout>
  );
}
