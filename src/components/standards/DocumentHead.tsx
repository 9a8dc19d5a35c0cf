// The head of a standards document: which day its states are for, the
// lifecycle banner and the metadata, computed for the day the page is read
// (or the `?date=` asked for) from the dates the page carries.
import React, { useMemo } from 'react';
import type { DocumentPageProp } from '@site/plugins/standards/docusaurus/document-props';
import { documentPageAt } from '@site/plugins/standards/docusaurus/page-states';
import type { ScopeUsageProp } from '@site/plugins/standards/docusaurus/scope-props';
import ScopeUsage from '../scopes/ScopeUsage';
import DocumentMetadata from './DocumentMetadata';
import LifecycleBanner from './LifecycleBanner';
import { DateNotice, useViewDateOfAddress, ViewDateContext } from './view-date';

export default function DocumentHead({ doc, scopes }: { doc: DocumentPageProp; scopes?: ScopeUsageProp[] }): React.ReactElement {
  const view = useViewDateOfAddress(doc.date);
  const shown = useMemo(() => documentPageAt(doc, view.date), [doc, view.date]);
  return (
    <ViewDateContext.Provider value={view}>
      <div className="scs-document-head">
        <DateNotice view={view} />
        <LifecycleBanner doc={shown} />
        <DocumentMetadata doc={shown} />
        {scopes && scopes.length > 0 && (
          <section className="scs-meta scs-meta--scopes" aria-label="Certification scopes">
            <p>Required by these certification scope versions (states on {doc.date}, the day this page was built):</p>
            <ScopeUsage usage={scopes} />
          </section>
        )}
      </div>
    </ViewDateContext.Provider>
  );
}
