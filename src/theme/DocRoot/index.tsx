// The docs root of the classic theme, with one change for the standards: the
// sidebar a page shows is its own track's, the other tracks as links
// (plugins/standards/docusaurus/page-sidebar.ts). The server renders it so, and
// the browser, which gets only that sidebar with the page's data
// (src/components/standards/routes/), renders the same.
import React, { useMemo } from 'react';
import clsx from 'clsx';
import { HtmlClassNameProvider, ThemeClassNames } from '@docusaurus/theme-common';
import { DocsSidebarProvider, useDocRootMetadata, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import { useLocation } from '@docusaurus/router';
import DocRootLayout from '@theme/DocRoot/Layout';
import NotFoundContent from '@theme/NotFound/Content';
import type { Props } from '@theme/DocRoot';
import type { PropSidebar } from '@docusaurus/plugin-content-docs';
import { pageSidebar, STANDARDS_DOCS_ID, type SidebarPropItem } from '@site/plugins/standards/docusaurus/page-sidebar';


export default function DocRoot(props: Props): React.ReactElement {
  const metadata = useDocRootMetadata(props);
  const { pluginId } = useDocsVersion();
  const { pathname } = useLocation();
  const items = metadata?.sidebarItems;
  const sidebarItems = useMemo(
    () => (items && pluginId === STANDARDS_DOCS_ID ? (pageSidebar(items as SidebarPropItem[], pathname) as PropSidebar) : items),
    [items, pluginId, pathname],
  );
  if (!metadata) {
    // Only the not-found content, to avoid a double layout (as the theme does).
    return <NotFoundContent />;
  }
  return (
    <HtmlClassNameProvider className={clsx(ThemeClassNames.page.docsDocPage)}>
      <DocsSidebarProvider name={metadata.sidebarName} items={sidebarItems}>
        <DocRootLayout>{metadata.docElement}</DocRootLayout>
      </DocsSidebarProvider>
    </HtmlClassNameProvider>
  );
}
