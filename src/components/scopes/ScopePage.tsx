// One certification scope: its versions as columns against the modules and
// standard versions they include, each version's state today, the timeline,
// bound parameters and the test cases of each module. Renders props only.
import React, { useMemo } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Layout from '@theme/Layout';
import type { ScopePageProp } from '@site/plugins/standards/docusaurus/scope-props';
import { scopePageAt } from '@site/plugins/standards/docusaurus/scope-states';
import DocRef, { DatedLink } from '../standards/DocRef';
import StateBadge from '../standards/StateBadge';
import ScopeLinkText from './ScopeLinkText';
import Timeline from '../standards/Timeline';
import { DateNotice, DatePicker, useViewDateOfAddress, ViewDateContext } from '../standards/view-date';

export default function ScopePage({ page: built }: { page: ScopePageProp }): React.ReactElement {
  const apiUrl = useBaseUrl('/api/scopes.json');
  // The HTML shows the build day's states; once running, the reader's day or the `?date=` asked for.
  const view = useViewDateOfAddress(built.date);
  const page = useMemo(() => scopePageAt(built, view.date), [built, view.date]);
  const stateHeading = view.today !== null && view.chosen === null ? 'state today' : `state on ${page.date}`;
  return (
    <ViewDateContext.Provider value={view}>
    <Layout title={`${page.name}: certification scope`} description={`The versions of the certification scope ${page.name}, the standards each requires and their tests.`}>
      <main className="container margin-vert--lg scs-page scs-scopes-page">
        <nav aria-label="Breadcrumbs" className="scs-crumbs">
          <DatedLink to="/standards">Standards</DatedLink> › <DatedLink to="/standards/scopes">Scopes</DatedLink> › {page.name}
        </nav>
        <h1>{page.name}</h1>
        <div className="scs-filters scs-filters--date" role="group" aria-label="Day of the registry">
          <DatePicker view={view} />
        </div>
        <DateNotice view={view} />
        <p className="scs-lead">
          A certification scope: what each of its versions requires, and which version is in force on {page.date}. Which clouds hold it:{' '}
          <Link to="/compliance">compliance overview</Link>.
        </p>

        <h2>Versions on {page.date}</h2>
        <ul className="scs-scope-states">
          {page.columns.map((column) => (
            <li key={column.version}>
              <strong>{column.version}</strong> <StateBadge tone={`scope-${column.state}`} label={column.stateLabel} />
              {column.stabilizedAt ? ` stabilized ${column.stabilizedAt}` : ' not released yet'}
            </li>
          ))}
        </ul>

        <h2>What each version requires</h2>
        <div className="scs-table-scroll">
          <table className="scs-table scs-scope-matrix">
            <caption>
              Modules and the standard versions they check, against the scope versions of {page.name} (states on {page.date}). Bound parameters are listed in each cell.
            </caption>
            <thead>
              <tr>
                <th scope="col">Module</th>
                <th scope="col">Standard version ({stateHeading})</th>
                {page.columns.map((column) => (
                  <th scope="col" key={column.version}>
                    {column.version} <StateBadge tone={`scope-${column.state}`} label={column.stateLabel} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.module.id}>
                  <th scope="row">
                    <a href={`#module-${row.module.id}`}>{row.module.name}</a>
                  </th>
                  <td>
                    {row.standard ? (
                      <>
                        <DocRef doc={row.standard} /> <StateBadge tone={row.standard.state} label={row.standard.stateLabel} />
                      </>
                    ) : row.external ? (
                      <ScopeLinkText link={row.external} />
                    ) : (
                      '—'
                    )}
                  </td>
                  {row.cells.map((cell) => (
                    <td key={cell.version}>
                      {cell.included ? (
                        <>
                          <span className="scs-scope-included">Included</span>
                          {cell.parameters.length > 0 && (
                            <ul className="scs-cell-list">
                              {cell.parameters.map((parameter) => (
                                <li key={parameter.name}>
                                  <code title={parameter.description ?? undefined}>{parameter.name}</code> = <code>{parameter.value}</code>
                                </li>
                              ))}
                            </ul>
                          )}
                        </>
                      ) : (
                        <span className="scs-scope-excluded">Not included</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {page.versionTargets.length > 0 && (
          <p>
            Test cases some versions add themselves:{' '}
            {page.versionTargets.map((entry, index) => (
              <React.Fragment key={`${entry.version} ${entry.target}`}>
                {index > 0 && '; '}
                {entry.version}, target {entry.target}: {entry.testcases.join(', ')}
              </React.Fragment>
            ))}
            .
          </p>
        )}

        <h2>Timeline</h2>
        <Timeline timeline={page.timeline} date={view.date} isToday={view.chosen === null} subject="Scope versions" className="scs-scope-timeline" />
        <dl className="scs-scope-legend">
          {page.legend.map((entry) => (
            <div key={entry.state}>
              <dt>
                <StateBadge tone={`scope-${entry.state}`} label={entry.label} />
              </dt>
              <dd>{entry.explanation}</dd>
            </div>
          ))}
        </dl>

        <h2>Test cases by module</h2>
        <p>
          Only the <code>main</code> target decides a certificate; other targets such as <code>recommended</code> and <code>preview</code> are informative. Manual test
          cases are checked by a person.
        </p>
        {page.rows.map((row) => (
          <section key={row.module.id} aria-labelledby={`module-${row.module.id}`}>
            <h3 id={`module-${row.module.id}`}>
              {row.module.name} <code>{row.module.id}</code>
            </h3>
            {row.testcases.length === 0 ? (
              <p>No test cases yet.</p>
            ) : (
              <ul>
                {row.testcases.map((testcase) => (
                  <li key={testcase.id}>
                    <code>{testcase.id}</code> ({testcase.targets.join(', ')}; {testcase.manual ? 'manual' : 'scripted'}; valid for a {testcase.lifetime}):{' '}
                    {testcase.description ?? 'no description'}
                    {testcase.link && (
                      <>
                        {' '}
                        — <ScopeLinkText link={testcase.link} context={`(${testcase.id})`} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}

        {page.variables.length > 0 && (
          <>
            <h2>Variables of the test run</h2>
            <ul>
              {page.variables.map((variable) => (
                <li key={variable.name}>
                  <code>{variable.name}</code>
                  {variable.default !== null ? (
                    <>
                      {' '}
                      (default <code>{variable.default}</code>)
                    </>
                  ) : (
                    ' (given by the operator)'
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          Scope id <code>{page.uuid}</code>
          {page.source && (
            <>
              ; source: <ScopeLinkText link={page.source} />
            </>
          )}
          . Machine-readable: <a href={apiUrl}>/api/scopes.json</a>.
        </p>
      </main>
    </Layout>
    </ViewDateContext.Provider>
  );
}
