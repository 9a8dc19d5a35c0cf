// The content of a doc page, ejected from the classic theme so that a
// standards document shows its lifecycle banner and metadata under its title.
// The data comes from the front matter (`scs`), computed at build time for the
// build day; DocumentHead recomputes the states for the day the page is read.
import React from 'react';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type { Props } from '@theme/DocItem/Content';
import type { DocumentPageProp } from '@site/plugins/standards/docusaurus/document-props';
import type { ScopeUsageProp } from '@site/plugins/standards/docusaurus/scope-props';
import DocumentHead from '@site/src/components/standards/DocumentHead';

export default function DocItemContent({ children }: Props): React.ReactElement {
  const { metadata, frontMatter, contentTitle } = useDoc();
  const { scs, scs_scopes: scopes } = frontMatter as { scs?: DocumentPageProp; scs_scopes?: ScopeUsageProp[] };
  const syntheticTitle = !frontMatter.hide_title && typeof contentTitle === 'undefined' ? metadata.title : null;
  return (
    <div className={`${ThemeClassNames.docs.docMarkdown} markdown`} data-pagefind-body="">
      {syntheticTitle && (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
        </header>
      )}
      {scs && <DocumentHead doc={scs} scopes={scopes} />}
      <MDXContent>{children}</MDXContent>
    </div>
  );
}
