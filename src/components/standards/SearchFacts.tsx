// What the offline search needs to rank a document on the day of the search:
// its standard, kind, status and dates, as Pagefind metadata on an empty,
// hidden element (Pagefind reads metadata even where it indexes no text).
// The state is not stored: it is computed in the browser from these facts.
import React from 'react';
import type { DocumentPageProp } from '@site/plugins/standards/docusaurus/document-props';
import { searchFactAttributes } from '@site/plugins/standards/search/facts';

export default function SearchFacts({ doc }: { doc: DocumentPageProp }): React.ReactElement {
  return <span hidden {...searchFactAttributes(doc)} />;
}
