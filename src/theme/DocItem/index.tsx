// A doc page of the classic theme; a standards document also carries its data
// as JSON in the page (src/components/standards/routes/page-data.tsx): what the
// browser renders it from, since its route table has one route for all
// standards pages.
import React from 'react';
import DocItem from '@theme-original/DocItem';
import type { Props } from '@theme/DocItem';
import { useLocation } from '@docusaurus/router';
import useRouteContext from '@docusaurus/useRouteContext';
import { useDocsSidebar, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import { PageDataScript, type DocPageData } from '@site/src/components/standards/routes/page-data';
import type { DocumentBodyComponent } from '@site/src/components/standards/DocumentBody';
import { STANDARDS_DOCS_ID } from '@site/plugins/standards/docusaurus/page-sidebar';

function StandardsPageData({ content }: { content: Props['content'] }): React.ReactElement | null {
  const { pathname } = useLocation();
  const context = useRouteContext();
  const { docsSidebars: _sidebars, docs: _docs, ...version } = useDocsVersion() as unknown as Record<string, unknown>;
  const sidebar = useDocsSidebar();
  const body = (content as unknown as Partial<DocumentBodyComponent>).pageTree?.();
  if (!body) return null;
  const data: DocPageData = {
    kind: 'doc',
    path: pathname,
    context,
    version,
    sidebarName: sidebar?.name ?? null,
    sidebar: (sidebar?.items as unknown[] | undefined) ?? null,
    content: {
      metadata: content.metadata as unknown as Record<string, unknown>,
      contentTitle: content.contentTitle ?? null,
      toc: content.toc as unknown[],
      nodes: body.nodes as unknown[],
      assets: [...body.assets],
    },
  };
  return <PageDataScript data={data} />;
}

export default function DocItemWithData(props: Props): React.ReactElement {
  const { pluginId } = useDocsVersion();
  return (
    <>
      {pluginId === STANDARDS_DOCS_ID && <StandardsPageData content={props.content} />}
      <DocItem {...props} />
    </>
  );
}
