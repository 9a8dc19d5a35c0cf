// The navbar search box of the offline search. The search code (Pagefind and
// the ranking) is fetched when the pointer comes near the box or the box gets
// the focus, so the first query finds it loaded; pages where nobody goes near
// the box fetch none of it. The box shows the first hits, Enter opens /search.
// On a page showing a chosen day (`?date=`), the hits' states are that day's,
// and the hits and /search keep it.
import React, { useEffect, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { prepareSearch, preloadSearch, searchSite, type SearchHit } from '../../pagefind';
import { isShortQuery, SHORT_QUERY_PAUSE_MS } from '../../short-query';
import { isNear } from '../../near';
import HitMeta from '../../HitMeta';
import { withDateParam } from '@site/plugins/standards/docusaurus/dated';
import { chosenDate } from '@site/src/components/standards/reader-date';
import styles from '../../search.module.css';

const MAX_HITS = 6;

export default function SearchBar(): React.ReactElement {
  const baseUrl = useBaseUrl('/');
  const searchPage = useBaseUrl('/search');
  const history = useHistory();
  const location = useLocation();
  const [query, setQuery] = useState('');
  // The hits and the query they answer (the list keeps the last hits while the next query runs).
  const [found, setFound] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  const hits = found?.hits ?? null;
  const form = useRef<HTMLFormElement>(null);
  const [failed, setFailed] = useState(false);
  const day = chosenDate(location.search);
  const keepDay = (url: string) => (day === null ? url : withDateParam(url, day));

  // A followed hit closes the list.
  useEffect(() => setQuery(''), [location.pathname]);

  // The pointer coming near the box (within NEAR_PX) fetches the search code, once, checked at most once a frame.
  useEffect(() => {
    let frame = 0;
    const stop = () => {
      document.removeEventListener('pointermove', onMove);
      cancelAnimationFrame(frame);
    };
    function onMove(event: PointerEvent): void {
      if (event.pointerType === 'touch' || frame !== 0) return;
      const { clientX, clientY } = event;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!form.current || !isNear(clientX, clientY, form.current.getBoundingClientRect())) return;
        stop();
        void prepareSearch(baseUrl).catch(() => undefined);
      });
    }
    document.addEventListener('pointermove', onMove, { passive: true });
    return stop;
  }, [baseUrl]);

  // A query is searched at once, unless it is short (see isShortQuery): then when the reader pauses. The search
  // worker takes queries one at a time and drops one overtaken by a newer one before its next costly step
  // (src/search/engine.ts). Only the latest query's hits show.
  useEffect(() => {
    if (query.trim() === '') {
      setFound(null);
      return;
    }
    const controller = new AbortController();
    const search = () =>
      searchSite(baseUrl, query, {}, MAX_HITS, day, controller.signal).then(
        (result) => controller.signal.aborted || (setFound({ query, hits: result.hits }), setFailed(false)),
        () => controller.signal.aborted || setFailed(true),
      );
    if (!isShortQuery(query)) {
      void search();
      return () => controller.abort();
    }
    const pause = window.setTimeout(search, SHORT_QUERY_PAUSE_MS);
    return () => {
      window.clearTimeout(pause);
      controller.abort();
    };
  }, [baseUrl, query, day]);

  const allResults = keepDay(`${searchPage}?q=${encodeURIComponent(query.trim())}`);
  // Said by screen readers when the list changes (WCAG 4.1.3): the hits appear without taking the focus.
  const status =
    query.trim() === '' ? '' : failed ? 'Search is unavailable.' : hits === null ? '' : hits.length === 0 ? 'No matches.' : `${hits.length} matches; Tab to reach them.`;
  return (
    <form
      role="search"
      ref={form}
      className={styles.bar}
      onSubmit={(event) => {
        event.preventDefault();
        history.push(allResults);
      }}
      onKeyDown={(event) => event.key === 'Escape' && setQuery('')}>
      <input
        type="search"
        className={styles.barInput}
        placeholder="Search standards"
        aria-label="Search standards and documentation"
        value={query}
        onFocus={() => void prepareSearch(baseUrl).catch(() => setFailed(true))}
        onChange={(event) => {
          setQuery(event.target.value);
          preloadSearch(baseUrl, event.target.value);
        }}
      />
      <p className="scs-visually-hidden" role="status">
        {status}
      </p>
      {query.trim() !== '' && (hits !== null || failed) && (
        <div className={styles.dropdown}>
          {failed ? (
            <p className={styles.note}>The search index is missing: it is made by <code>npm run build</code>.</p>
          ) : (
            <ul className={styles.hits} data-query={found!.query}>
              {hits!.length === 0 && <li className={styles.note}>No matches.</li>}
              {hits!.map((hit) => (
                <li key={hit.url}>
                  <Link to={keepDay(hit.url)}>{hit.title}</Link>
                  <HitMeta hit={hit} />
                </li>
              ))}
              <li>
                <Link to={allResults}>All results for “{query.trim()}”</Link>
              </li>
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
