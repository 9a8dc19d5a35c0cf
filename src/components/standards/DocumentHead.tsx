// The head of a standards document: which day its states are for, the
// lifecycle banner and the metadata, computed for the day the page is read
// (or the `?date=` asked for) from the dates the page carries.
import React, { useMemo } from 'react';
import type { DocumentPageProp } from '@site/plugins/standards/docusaurus/document-props';
import { documentPageAt } from '@site/plugins/standards/docusaurus/page-states';
import { scopeUsageAt } from '@site/plugins/standards/docusaurus/scope-states';
import type { ScopeUsageProp } from '@site/plugins/standards/docusaurus/scope-props';
import type { DiffLink } from '@site/plugins/standards/docusaurus/diff-props';
import ScopeUsage from '../scopes/ScopeUsage';
import DocumentMetadata from './DocumentMetadata';
import LifecycleBanner from './LifecycleBanner';
import PreviousDiffLink from './PreviousDiffLink';
import SearchFacts from './SearchFacts';
import { DateNotice, useViewDateOfAddress, ViewDateContext } from './view-date';

export default function DocumentHead({ doc, scopes, diff }: { doc: DocumentPageProp; scopes?: ScopeUsageProp[]; diff?: DiffLink }): React.ReactElement {
  const view = useViewDateOfAddress(doc.date);
  const shown = useMemo(() => documentPageAt(doc, view.date), [doc, view.date]);
  const scopesShown = useMemo(() => (scopes ? scopeUsageAt(scopes, view.date) : []), [scopes, view.date]);
  return (
    <ViewDateContext.Provider value={view}>
      {/* Not content: the search indexes the title and the text, so excerpts show what matched. The banner's
          filters and the metadata block's id still reach Pagefind (`ignore` without `all` keeps them). */}
      <div className="scs-document-head" data-pagefind-ignore="">
        {/* The facts the search ranks by are the document's own, not a day's: the props as built. */}
        <SearchFacts doc={doc} />
        <DateNotice view={view} />
        <LifecycleBanner doc={shown} />
        {diff && <PreviousDiffLink link={diff} />}
        <DocumentMetadata doc={shown} />
        {scopesShown.length > 0 && (
          <section className="scs-meta scs-meta--scopes" aria-label="Certification scopes">
            <p>Required by these certification scope versions (states on {shown.date}):</p>
            <ScopeUsage usage={scopesShown} />
          </section>
        )}
      </div>
    </ViewDateContext.Provider>
  );
}
