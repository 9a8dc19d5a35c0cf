// The home page: what the registry is and where to go from here.
import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';

export default function Home(): React.ReactElement {
  return (
    <Layout description="The registry of Sovereign Cloud Stack standards: every version, its state and its replacement.">
      {/* One <main> from the title on: the skip link lands on the page's h1, and the lead is main content. */}
      <main>
        <div className="scs-hero">
          <div className="container">
            <h1>SCS standards registry</h1>
            <p className="scs-hero__lead">
              The standards of the Sovereign Cloud Stack say how a compliant cloud behaves: how flavors are named, which images exist, which Kubernetes
              versions are supported. Each standard has numbered versions; at any day each version is a draft, effective, deprecated or rejected, and this
              registry tells you which.
            </p>
            <div className="scs-hero__actions">
              <Link className="button button--primary button--lg" to="/standards">
                Browse all standards
              </Link>
              <Link className="button button--secondary button--lg" to="/search">
                Search the standards
              </Link>
            </div>
          </div>
        </div>
        <div className="container margin-vert--lg">
          <div className="row">
            <section className="col col--4">
              <h2>Which version is in force?</h2>
              <p>
                The <Link to="/standards">overview</Link> lists every standard with its draft, effective and deprecated versions. Each document page starts
                with a banner that says whether it binds you today and what replaces it.
              </p>
            </section>
            <section className="col col--4">
              <h2>Reading and writing standards</h2>
              <p>
                The <Link to="/docs">handbook</Link> explains how to read a standard, how the lifecycle works and how to propose or change one.
              </p>
            </section>
            <section className="col col--4">
              <h2>Where the data comes from</h2>
              <p>
                Every page here is generated from the Markdown files of the standards repository: their front matter is the single source of the states and
                dates you see.
              </p>
            </section>
          </div>
        </div>
      </main>
    </Layout>
  );
}
