// A short URL that leads elsewhere. The static page carries a meta refresh
// (works without JavaScript); in the app the router replaces the location.
import React, { useEffect } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { RedirectProp } from '@site/plugins/standards/docusaurus/page-props';

export default function RedirectPage({ redirect }: { redirect: RedirectProp }): React.ReactElement {
  const history = useHistory();
  const target = useBaseUrl(redirect.to);
  useEffect(() => {
    history.replace(redirect.to);
  }, [history, redirect.to]);
  return (
    <Layout title={redirect.title}>
      <Head>
        <meta httpEquiv="refresh" content={`0; url=${target}`} />
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={target} />
      </Head>
      <main className="container margin-vert--lg">
        <p>
          This address leads to <Link to={redirect.to}>{redirect.to}</Link>.
        </p>
      </main>
    </Layout>
  );
}
