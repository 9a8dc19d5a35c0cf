// /search for the offline search: a query box, track and state filters (from
// the banners Pagefind indexed), and the hits with excerpt, track and state.
// The query and filters live in the URL, so a search can be shared.
import React, { useEffect, useState } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Excerpt from './Excerpt';
import HitMeta from './HitMeta';
import { searchFilters, searchSite, type SearchHit } from './pagefind';
import styles from './search.module.css';

const FILTERS = [
  { key: 'track', label: 'Track' },
  { key: 'state', label: 'State' },
] as const;
const MAX_HITS = 30;

type Status = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done'; hits: SearchHit[] } | { kind: 'failed' };

export default function SearchPage(): React.ReactElement {
  const baseUrl = useBaseUrl('/');
  const location = useLocation();
  const history = useHistory();
  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  const chosen = Object.fromEntries(FILTERS.flatMap(({ key }) => (params.get(key) ? [[key, params.get(key)!]] : [])));
  const [text, setText] = useState(query);
  const [options, setOptions] = useState<Record<string, Record<string, number>>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(location.search);
    for (const [key, value] of Object.entries(changes)) value ? next.set(key, value) : next.delete(key);
    history.replace({ search: next.toString() });
  };

  useEffect(() => setText(query), [query]);
  useEffect(() => {
    if (query.trim() === '' && Object.keys(chosen).length === 0) return setStatus({ kind: 'idle' });
    let current = true;
    setStatus({ kind: 'searching' });
    searchSite(baseUrl, query.trim() || null, chosen, MAX_HITS).then(
      (hits) => current && setStatus({ kind: 'done', hits }),
      () => current && setStatus({ kind: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [baseUrl, location.search]);
  useEffect(() => {
    searchFilters(baseUrl).then(setOptions, () => setStatus({ kind: 'failed' }));
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
          {FILTERS.map(({ key, label }) => (
            <label key={key} className={styles.filter}>
              {label}{' '}
              <select value={chosen[key] ?? ''} onChange={(event) => update({ [key]: event.target.value })}>
                <option value="">Any</option>
                {Object.entries(options[key] ?? {}).map(([value, count]) => (
                  <option key={value} value={value}>
                    {value} ({count})
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="submit" className="button button--primary">
            Search
          </button>
        </form>
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
              <p>{status.hits.length === 0 ? 'No matches.' : `${status.hits.length}${status.hits.length === MAX_HITS ? '+' : ''} result(s).`}</p>
              <ol className={styles.results}>
                {status.hits.map((hit) => (
                  <li key={hit.url}>
                    <Link to={hit.url} className={styles.resultTitle}>
                      {hit.title}
                    </Link>
                    <HitMeta hit={hit} />
                    <p className={styles.excerpt}>
                      <Excerpt html={hit.excerpt} />
                    </p>
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      </main>
    </Layout>
  );
}
