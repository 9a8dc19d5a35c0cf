// /search for the offline search: a query box, track and state filters (from
// the banners Pagefind indexed), and the hits with excerpt, track and state.
// The query and filters live in the URL, so a search can be shared. Hits come
// ten at a time: each one shown costs a fetch of its page's fragment.
// States (the filter, each hit's label, the version in force first) are for
// today, or for the `?date=YYYY-MM-DD` of the address, which the page says is
// not today, as the standards pages do; the hits' links keep that day.
import React, { useEffect, useRef, useState } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Excerpt from './Excerpt';
import HitMeta from './HitMeta';
import { LIFECYCLE_STATES, TRACK_NAMES } from '@site/plugins/standards/model/vocabulary';
import { today } from '@site/plugins/standards/model/lifecycle';
import { resolveViewDate, withDateParam } from '@site/plugins/standards/docusaurus/dated';
import { DateNotice, DatePicker } from '@site/src/components/standards/view-date';
import { chosenDate } from '@site/src/components/standards/reader-date';
import { useHydrated } from '@site/src/components/standards/hydrated';
import { loadPagefind, searchSite, type SearchHit } from './pagefind';
import styles from './search.module.css';

// The values come from the vocabulary, not from Pagefind's filter index: listing them costs no fetch.
const FILTERS = [
  { key: 'track', label: 'Track', values: TRACK_NAMES as readonly string[] },
  { key: 'state', label: 'State', values: Object.values(LIFECYCLE_STATES).map((state) => state.label) as readonly string[] },
] as const;
const PAGE_SIZE = 10;

type Status = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done'; hits: SearchHit[]; total: number } | { kind: 'failed' };

export default function SearchPage(): React.ReactElement {
  const baseUrl = useBaseUrl('/');
  const location = useLocation();
  const history = useHistory();
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  // The HTML holds no states; once the page runs, the day of the address (a `?date=` that is not a day is named, and today shown).
  const running = useHydrated();
  const view = running ? resolveViewDate(location.search, today(), today()) : null;
  const day = chosenDate(location.search);
  const chosen = Object.fromEntries(FILTERS.flatMap(({ key }) => (params.get(key) ? [[key, params.get(key)!]] : [])));
  const [text, setText] = useState(query);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // How many hits to show, for the search in the URL: a new search starts again at one page.
  const [more, setMore] = useState({ search: location.search, count: PAGE_SIZE });
  const shown = more.search === location.search ? more.count : PAGE_SIZE;
  const list = useRef<HTMLOListElement>(null);
  /** After "Show more", the first new hit gets the focus, so a keyboard reader continues from there. */
  const focusHit = useRef<number | null>(null);

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(location.search);
    for (const [key, value] of Object.entries(changes)) value ? next.set(key, value) : next.delete(key);
    history.replace({ search: next.toString() });
  };

  useEffect(() => setText(query), [query]);
  useEffect(() => {
    if (query.trim() === '' && Object.keys(chosen).length === 0) return setStatus({ kind: 'idle' });
    let current = true;
    // Showing more keeps the hits already shown in place while the next ones load.
    if (focusHit.current === null) setStatus({ kind: 'searching' });
    searchSite(baseUrl, query.trim() || null, chosen, shown, day).then(
      ({ hits, total }) => current && setStatus({ kind: 'done', hits, total }),
      () => current && setStatus({ kind: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [baseUrl, location.search, shown]);
  useEffect(() => {
    if (status.kind !== 'done' || focusHit.current === null) return;
    list.current?.querySelectorAll<HTMLAnchorElement>(':scope > li > a')[focusHit.current]?.focus();
    focusHit.current = null;
  }, [status]);
  // Loads the search while the reader types: the first query then only fetches its own words.
  useEffect(() => {
    loadPagefind(baseUrl).catch(() => setStatus({ kind: 'failed' }));
  }, [baseUrl]);

  return (
    <Layout title="Search" description="Search the SCS standards and the handbook">
      <main className="container margin-vert--lg">
        <Heading as="h1">Search</Heading>
        <form
          role="search"
          className={styles.pageForm}
          onSubmit={(event) => {
            event.preventDefault();
            update({ q: text.trim() });
          }}>
          <input
            type="search"
            className={styles.pageInput}
            aria-label="Search standards and documentation"
            placeholder="An id such as scs-0100, or words"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          {FILTERS.map(({ key, label, values }) => (
            <label key={key} className={styles.filter}>
              {label}{' '}
              <select value={chosen[key] ?? ''} onChange={(event) => update({ [key]: event.target.value })}>
                <option value="">Any</option>
                {values.map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="submit" className="button button--primary">
            Search
          </button>
          {view && <DatePicker view={view} />}
        </form>
        {view && <DateNotice view={view} />}
        <div aria-live="polite">
          {status.kind === 'searching' && <p>Searching…</p>}
          {status.kind === 'failed' && (
            <p>
              The search index is missing. It is made after a production build: run <code>npm run build</code> and <code>npm run serve</code> (or{' '}
              <code>npm start</code>); the live-reloading dev server has none.
            </p>
          )}
          {status.kind === 'done' && (
            <>
              <p>{status.hits.length === 0 ? 'No matches.' : `${status.total} result(s).`}</p>
              <ol className={styles.results} ref={list}>
                {status.hits.map((hit) => (
                  <li key={hit.url}>
                    <Link to={day === null ? hit.url : withDateParam(hit.url, day)} className={styles.resultTitle}>
                      {hit.title}
                    </Link>
                    <HitMeta hit={hit} />
                    <p className={styles.excerpt}>
                      <Excerpt html={hit.excerpt} />
                    </p>
                  </li>
                ))}
              </ol>
              {status.hits.length === shown && status.hits.length < status.total && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    focusHit.current = status.hits.length;
                    setMore({ search: location.search, count: shown + PAGE_SIZE });
                  }}>
                  Show more results
                </button>
              )}
            </>
          )}
        </div>
      </main>
    </Layout>
  );
}
