// What the offline search needs to rank a document on the day of the search:
// its standard, kind, status and dates, as Pagefind metadata on an empty,
// hidden element (Pagefind reads metadata even where it indexes no text).
// The state is not stored: it is computed in the browser from these facts.
import React from 'react';
import type { DocumentPageProp } from '@site/plugins/standards/docusaurus/document-props';

export default function SearchFacts({ doc }: { doc: DocumentPageProp }): React.ReactElement {
  const facts: Array<[key: string, value: string | null]> = [
    ['standard', doc.standardId],
    ['kind', doc.kind],
    ['status', doc.status],
    ['stabilized', doc.stabilizedAt],
    ['deprecated', doc.deprecatedAt],
  ];
  const present = facts.filter((fact): fact is [string, string] => fact[1] !== null && fact[1] !== '');
  const attributes = Object.fromEntries(present.map(([key, value]) => [`data-search-${key}`, value]));
  return <span hidden data-pagefind-meta={present.map(([key]) => `${key}[data-search-${key}]`).join(', ')} {...attributes} />;
}
