// Id, track and lifecycle state (on the day of the search: today or the chosen `?date=`) of a search hit, as small labels.
import React from 'react';
import type { SearchHit } from './pagefind';
import styles from './search.module.css';

export default function HitMeta({ hit }: { hit: SearchHit }): React.ReactElement | null {
  if (!hit.track && !hit.state && !hit.shortId) return null;
  return (
    <span className={styles.meta}>
      {hit.shortId && <code>{hit.shortId}</code>}
      {hit.track && <span className={styles.label}>{hit.track}</span>}
      {hit.state && <span className={styles.label}>{hit.state}</span>}
    </span>
  );
}
