// One subject's results: per scope the version held, every version's
// outcome, and every test case with its result, age and expiry. Expired
// results are marked in words, not only by colour. Renders props only.
import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Layout from '@theme/Layout';
import type { SubjectPageProp, SubjectScopeProp } from '@site/plugins/standards/docusaurus/compliance-props';
import StateBadge from '../standards/StateBadge';
import ScopeLinkText from './ScopeLinkText';

function Badge({ scope, subject }: { scope: SubjectScopeProp; subject: string }): React.ReactElement {
  const url = useBaseUrl(scope.badgeUrl);
  return (
    <div className="scs-badge-embed">
      <img src={url} alt={scope.held ? `${subject} holds ${scope.name} ${scope.held.version}${scope.held.tentative ? ' tentatively' : ''}` : `${subject} does not hold ${scope.name}`} />
      <p>
        Embed it: <code>{`<img src="${scope.badgeAbsoluteUrl}" alt="${scope.name}">`}</code>
      </p>
    </div>
  );
}

export default function SubjectPage({ page }: { page: SubjectPageProp }): React.ReactElement {
  return (
    <Layout title={`${page.name}: compliance`} description={`Certification test results of ${page.name}.`}>
      <main className="container margin-vert--lg scs-page scs-scopes-page">
        <nav aria-label="Breadcrumbs" className="scs-crumbs">
          <Link to="/compliance">Compliance</Link> › {page.name}
        </nav>
        <h1>{page.name}</h1>
        {page.operator && <p>Operated by {page.operator}.</p>}
        {page.description && <p className="scs-lead">{page.description}</p>}
        <p>
          Results as of {page.date}. {page.source}
        </p>
        {page.scopes.map((scope) => (
          <section key={scope.slug} aria-labelledby={`scope-${scope.slug}`}>
            <h2 id={`scope-${scope.slug}`}>
              <Link to={scope.url}>{scope.name}</Link>
            </h2>
            <p className={`scs-held scs-held--${scope.held ? (scope.held.tentative ? 'tentative' : 'held') : 'none'}`}>
              {scope.held ? (
                <>
                  Holds {scope.held.version}
                  {scope.held.tentative ? ' tentatively: some results it needs are missing, expired or aborted' : ''}.{' '}
                  <StateBadge tone={`scope-${scope.held.state}`} label={scope.held.stateLabel} />
                </>
              ) : (
                'Holds no version in force.'
              )}{' '}
              Last check: {scope.lastChecked ?? 'never'}.
            </p>
            <Badge scope={scope} subject={page.name} />
            <div className="scs-table-scroll">
              <table className="scs-table">
                <caption>Outcome of each version of {scope.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Version</th>
                    <th scope="col">State on {page.date}</th>
                    <th scope="col">Result</th>
                    <th scope="col">Outcome</th>
                  </tr>
                </thead>
                <tbody>
                  {scope.allVersions.map((version) => (
                    <tr key={version.version}>
                      <th scope="row">{version.version}</th>
                      <td>
                        <StateBadge tone={`scope-${version.state}`} label={version.stateLabel} />
                      </td>
                      <td>{version.verdict}</td>
                      <td>
                        <span className={`scs-outcome scs-outcome--${version.outcome}`}>{version.outcomeLabel}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="scs-table-scroll">
              <table className="scs-table scs-testcase-table">
                <caption>Test cases of {scope.name}: the newest result of each, its age and when it expires</caption>
                <thead>
                  <tr>
                    <th scope="col">Test case</th>
                    <th scope="col">Result</th>
                    <th scope="col">Checked</th>
                    <th scope="col">Age</th>
                    <th scope="col">Valid until</th>
                    <th scope="col">Required by</th>
                  </tr>
                </thead>
                <tbody>
                  {scope.testcases.map((testcase) => (
                    <tr key={testcase.id} className={testcase.stale ? 'scs-row--stale' : undefined}>
                      <th scope="row">
                        <code>{testcase.id}</code>
                        {testcase.manual && ' (manual)'}
                        {testcase.description && <div className="scs-testcase-description">{testcase.description}</div>}
                        {testcase.link && <ScopeLinkText link={testcase.link} context={`of ${testcase.id}`} />}
                      </th>
                      <td>
                        <span className={`scs-verdict scs-verdict--${testcase.stale ? 'stale' : testcase.verdict}`}>{testcase.verdictLabel}</span>
                        {testcase.stale && testcase.result && <> (was {testcase.result})</>}
                      </td>
                      <td>{testcase.checkedOn ?? 'never'}</td>
                      <td>{testcase.ageDays === null ? '—' : `${testcase.ageDays} day${testcase.ageDays === 1 ? '' : 's'}`}</td>
                      <td>
                        {testcase.expiresOn ? (testcase.stale ? `Expired on ${testcase.expiresOn}` : `until ${testcase.expiresOn}`) : '—'} ({testcase.lifetime})
                      </td>
                      <td>{testcase.requiredBy.length > 0 ? testcase.requiredBy.join(', ') : 'no version in force'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {scope.unknownTestcases.length > 0 && <p>Results for test cases this scope does not define were left out: {scope.unknownTestcases.join(', ')}.</p>}
          </section>
        ))}
      </main>
    </Layout>
  );
}
