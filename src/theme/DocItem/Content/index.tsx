// The content of a doc page, ejected from the classic theme so that a
// standards document shows its lifecycle banner and metadata under its title.
// The data comes from the front matter (`scs`), computed at build time for the
// build day; DocumentHead recomputes the states for the day the page is read.
// Pagefind indexes this element (`data-pagefind-body`): the title and the
// document's text, not the banner and metadata above the text.
import React from 'react';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type { Props } from '@theme/DocItem/Content';
import type { DocumentPageProp } from '@site/plugins/standards/docusaurus/document-props';
import type { ScopeUsageProp } from '@site/plugins/standards/docusaurus/scope-props';
import type { DocumentHistoryProp } from '@site/plugins/standards/docusaurus/history-props';
import DocumentHistory from '@site/src/components/standards/DocumentHistory';
import type { DiffLink } from '@site/plugins/standards/docusaurus/diff-props';
import DocumentHead from '@site/src/components/standards/DocumentHead';

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
      {scs && <DocumentHead doc={scs} scopes={scopes} diff={diff} />}
      <MDXContent>{children}</MDXContent>
      {scs && history && <DocumentHistory history={history} />}
    </div>
  );
}
