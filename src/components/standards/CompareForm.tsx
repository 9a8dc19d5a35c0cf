// Choose two versions to compare: a plain GET form, so it works without JavaScript
// up to the comparison page (which compares in the browser).
import React from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './diff.module.css';

export interface CompareFormProps {
  action: string;
  versions: ReadonlyArray<{ label: string; title: string }>;
  from?: string;
  to?: string;
  idPrefix: string;
}

export default function CompareForm({ action, versions, from, to, idPrefix }: CompareFormProps): React.ReactElement {
  const href = useBaseUrl(action);
  const options = versions.map((version) => (
    <option key={version.label} value={version.label}>
      {version.label}
    </option>
  ));
  return (
    <form className={styles.form} method="get" action={href} aria-label="Compare two versions">
      <label htmlFor={`${idPrefix}-from`}>
        Older version
        <select id={`${idPrefix}-from`} name="from" defaultValue={from ?? versions.at(-2)?.label}>
          {options}
        </select>
      </label>
      <label htmlFor={`${idPrefix}-to`}>
        Newer version
        <select id={`${idPrefix}-to`} name="to" defaultValue={to ?? versions.at(-1)?.label}>
          {options}
        </select>
      </label>
      <button type="submit" className="button button--primary">
        Compare
      </button>
    </form>
  );
}
