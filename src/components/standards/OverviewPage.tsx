// All standards in Draft, Effective and Deprecated columns, with filters,
// sorting and the day shown kept in the URL query, and the transitions of the
// coming 180 days. Renders the props built by the standards plugin, with the
// states recomputed for the day it is read (or the `?date=` asked for).
import React, { useEffect, useMemo, useState } from 'react';
import Layout from '@theme/Layout';
import { useHistory, useLocation } from '@docusaurus/router';
import type { OverviewProp, OverviewRow, VersionRow } from '@site/plugins/standards/docusaurus/page-props';
import { scheduledTransitions, stateLabel } from '@site/plugins/standards/docusaurus/dated';
import { overviewAt } from '@site/plugins/standards/docusaurus/page-states';
import { DatedLink } from './DocRef';
import StateBadge from './StateBadge';
import { EMPTY_QUERY, readQuery, writeQuery, type OverviewQuery, type SortKey } from './overview-query';
import { DateNotice, DatePicker, isNotToday, useViewDateOfAddress, ViewDateContext } from './view-date';

/** How far ahead the overview lists scheduled transitions. */
const COMING_DAYS = 180;

const SORTS: Array<{ key: SortKey; label: string }> = [
  { key: 'id', label: 'Standard' },
  { key: 'title', label: 'Title' },
  { key: 'track', label: 'Track' },
];

function visibleRows(rows: readonly OverviewRow[], query: OverviewQuery): Array<OverviewRow & { shown: VersionRow[] }> {
  const text = query.text.trim().toLowerCase();
  const keep = (version: VersionRow) => (!query.type || version.type === query.type) && (!query.state || version.state === query.state);
  const filtered = rows
    .filter((row) => !query.track || row.track?.slug === query.track)
    .filter((row) => !text || row.searchText.includes(text))
    .map((row) => ({ ...row, shown: row.versions.filter(keep) }))
    .filter((row) => row.shown.length > 0 || (!query.type && !query.state));
  const value = (row: OverviewRow) => (query.sort === 'track' ? `${row.track?.name ?? ''} ${row.id}` : query.sort === 'title' ? row.title.toLowerCase() : row.id);
  filtered.sort((a, b) => value(a).localeCompare(value(b)) * (query.descending ? -1 : 1));
  return filtered;
}

function VersionCell({ versions }: { versions: VersionRow[] }): React.ReactElement {
  if (versions.length === 0) return <span className="scs-empty">—</span>;
  return (
    <ul className="scs-cell-list">
      {versions.map((version) => (
        <li key={version.id}>
          {version.url ? <DatedLink to={version.url}>{version.label}</DatedLink> : version.label}
          {version.stateLabel !== version.column && (
            <>
              {' '}
              <StateBadge tone={version.state} label={version.stateLabel} />
            </>
          )}
          {version.future && <span className="scs-future-mark" title="A transition is scheduled" aria-hidden="true"> ◷</span>}
          {version.note && <span className="scs-note"> {version.note}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The transitions after `date` and up to COMING_DAYS later, with the standard each version belongs to. */
function ComingTransitions({ rows, date, notToday }: { rows: readonly OverviewRow[]; date: string; notToday: boolean }): React.ReactElement {
  const transitions = useMemo(
    () => scheduledTransitions(rows.flatMap((row) => row.versions.map((version) => ({ ...version, row }))), date, COMING_DAYS),
    [rows, date],
  );
  return (
    <section className="scs-coming" aria-labelledby="coming-title">
      <h2 id="coming-title">
        Scheduled in the {COMING_DAYS} days after {notToday ? date : `today, ${date}`}
      </h2>
      {transitions.length === 0 ? (
        <p>No version becomes effective or deprecated in these days.</p>
      ) : (
        <ul className="scs-coming__list">
          {transitions.map(({ date: day, item, from, to }) => (
            <li key={`${day} ${item.id}`}>
              <time dateTime={day}>{day}</time>:{' '}
              {item.url ? <DatedLink to={item.url}>{item.label}</DatedLink> : item.label} ({item.row.title}){' '}
              {to === 'deprecated' ? 'is deprecated' : to === 'effective' || to === 'deprecation-scheduled' ? 'becomes effective' : `becomes ${stateLabel(to)}`}
              {from && (
                <span className="scs-note">
                  {' '}
                  (until then {stateLabel(from)})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function OverviewPage({ overview: built }: { overview: OverviewProp }): React.ReactElement {
  const history = useHistory();
  const location = useLocation();
  // The HTML shows the build day's states; once running, the reader's day or the `?date=` asked for.
  const view = useViewDateOfAddress(built.date);
  const overview = useMemo(() => overviewAt(built, view.date), [built, view.date]);
  const [query, setQuery] = useState<OverviewQuery>(EMPTY_QUERY);
  const [restored, setRestored] = useState(false);

  // The static page is rendered unfiltered; the query is applied once the app runs.
  useEffect(() => {
    setQuery(readQuery(location.search));
    setRestored(true);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!restored) return;
    const search = writeQuery(query);
    if (search !== location.search) history.replace({ pathname: location.pathname, search, hash: location.hash });
  }, [query, restored]); // eslint-disable-line react-hooks/exhaustive-deps

  const rows = useMemo(() => visibleRows(overview.rows, query), [overview.rows, query]);
  const update = (change: Partial<OverviewQuery>) => setQuery((current) => ({ ...current, ...change }));
  const sortBy = (key: SortKey) => update({ sort: key, descending: query.sort === key ? !query.descending : false });
  const ariaSort = (key: SortKey) => (query.sort === key ? (query.descending ? 'descending' : 'ascending') : undefined);

  return (
    <Layout title="All standards" description="Every SCS standard by lifecycle state: draft, effective and deprecated versions.">
      <ViewDateContext.Provider value={view}>
        <main className="container container--fluid margin-vert--lg scs-page scs-overview">
          <h1>All standards</h1>
          <p className="scs-lead">
            Every standard of the Sovereign Cloud Stack with its versions sorted by lifecycle state on {overview.date}. Open a standard for its status page, or a
            version to read it.
          </p>
          <div className="scs-filters" role="group" aria-label="Filter standards">
            <label>
              <span>Track</span>
              <select value={query.track} onChange={(event) => update({ track: event.target.value })}>
                <option value="">All tracks</option>
                {overview.tracks.map((track) => (
                  <option key={track.slug} value={track.slug}>
                    {track.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>Type</span>
              <select value={query.type} onChange={(event) => update({ type: event.target.value })}>
                <option value="">All types</option>
                {overview.types.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>State</span>
              <select value={query.state} onChange={(event) => update({ state: event.target.value })}>
                <option value="">All states</option>
                {overview.legend.map((state) => (
                  <option key={state.name} value={state.name}>
                    {state.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="scs-filters__text">
              <span>Text</span>
              <input type="search" value={query.text} placeholder="Number, title or word" onChange={(event) => update({ text: event.target.value })} />
            </label>
            <button type="button" className="button button--secondary button--sm" onClick={() => setQuery({ ...EMPTY_QUERY, date: query.date })}>
              Clear filters
            </button>
            <DatePicker view={view} onChange={(date) => update({ date: date ?? '' })} />
          </div>
          <DateNotice view={view} />
          <p className="scs-count" aria-live="polite">
            Showing {rows.length} of {overview.rows.length} standards.
          </p>
          <div className="scs-table-scroll">
            <table className="scs-table scs-overview__table">
              <caption>Standards and their versions by lifecycle state on {overview.date}</caption>
              <thead>
                <tr>
                  {SORTS.map((sort) => (
                    <th key={sort.key} scope="col" aria-sort={ariaSort(sort.key)}>
                      <button type="button" className="scs-sort" onClick={() => sortBy(sort.key)}>
                        {sort.label}
                        <span aria-hidden="true">{query.sort === sort.key ? (query.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
                        <span className="scs-visually-hidden">, sort</span>
                      </button>
                    </th>
                  ))}
                  {overview.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <DatedLink to={row.url}>{row.id}</DatedLink>
                    </th>
                    <td>
                      {row.title}
                      {row.description && <div className="scs-note">{row.description}</div>}
                    </td>
                    <td>{row.track ? <DatedLink to={row.track.url}>{row.track.name}</DatedLink> : '—'}</td>
                    {overview.columns.map((column) => (
                      <td key={column}>
                        <VersionCell versions={row.shown.filter((version) => version.column === column)} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ComingTransitions rows={overview.rows} date={view.date} notToday={view.today === null || isNotToday(view)} />
          <section className="scs-legend" aria-labelledby="legend-title">
            <h2 id="legend-title">Legend</h2>
            <dl>
              {overview.legend.map((state) => (
                <div key={state.name} className="scs-legend__row">
                  <dt>
                    <StateBadge tone={state.name} label={state.label} />
                    {state.future && <span className="scs-future-mark" aria-hidden="true"> ◷</span>}
                  </dt>
                  <dd>
                    In the {state.column} column. {state.explanation}
                    {state.future && ' Marked ◷: a transition is scheduled after the day shown.'}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        </main>
      </ViewDateContext.Provider>
    </Layout>
  );
}
