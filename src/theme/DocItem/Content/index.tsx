// The content of a doc page, ejected from the classic theme so that a
// standards document shows its lifecycle banner and metadata under its title.
// The data comes from the front matter (`scs`), computed at build time.
// Pagefind indexes this element (`data-pagefind-body`): the title and the
// document's text, not the banner and metadata above the text.
import React from 'react';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type { Props } from '@theme/DocItem/Content';
import type { DocumentPageProp } from '@site/plugins/standards/docusaurus/document-props';
import LifecycleBanner from '@site/src/components/standards/LifecycleBanner';
import DocumentMetadata from '@site/src/components/standards/DocumentMetadata';
import SearchFacts from '@site/src/components/standards/SearchFacts';
import type { ScopeUsageProp } from '@site/plugins/standards/docusaurus/scope-props';
import ScopeUsage from '@site/src/components/scopes/ScopeUsage';
import type { DocumentHistoryProp } from '@site/plugins/standards/docusaurus/history-props';
import DocumentHistory from '@site/src/components/standards/DocumentHistory';
import type { DiffLink } from '@site/plugins/standards/docusaurus/diff-props';
import PreviousDiffLink from '@site/src/components/standards/PreviousDiffLink';

export default function DocItemContent({ children }: Props): React.ReactElement {
  const { metadata, frontMatter, contentTitle } = useDoc();
  const {
    scs,
    scs_scopes: scopes,
    scs_diff: diff,
    scs_history: history,
  } = frontMatter as { scs?: DocumentPageProp; scs_scopes?: ScopeUsageProp[]; scs_diff?: DiffLink; scs_history?: DocumentHistoryProp };
  const syntheticTitle = !frontMatter.hide_title && typeof contentTitle === 'undefined' ? metadata.title : null;
  return (
    <div className={`${ThemeClassNames.docs.docMarkdown} markdown`} data-pagefind-body="">
      {syntheticTitle && (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
        </header>
      )}
      {scs && (
        // Not content: the search indexes the title and the text, so excerpts show what matched. The banner's
        // filters and the metadata block's id still reach Pagefind (`ignore` without `all` keeps them).
        <div className="scs-document-head" data-pagefind-ignore="">
          <SearchFacts doc={scs} />
          <LifecycleBanner doc={scs} />
          {diff && <PreviousDiffLink link={diff} />}
          <DocumentMetadata doc={scs} />
          {scopes && scopes.length > 0 && (
            <section className="scs-meta scs-meta--scopes" aria-label="Certification scopes">
              <p>Required by these certification scope versions:</p>
              <ScopeUsage usage={scopes} />
            </section>
          )}
        </div>
      )}
      <MDXContent>{children}</MDXContent>
      {scs && history && <DocumentHistory history={history} />}
    </div>
  );
}
