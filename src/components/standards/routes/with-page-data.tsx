// A page component of the standards plugin, rendered with its data as JSON
// in the page (see ./page-data.tsx): the route components of the overview,
// track, status and comparison pages are this around the page component.
import React, { type ComponentType } from 'react';
import { useLocation } from '@docusaurus/router';
import useRouteContext from '@docusaurus/useRouteContext';
import { dataProps, PageDataScript, type PropsPageData } from './page-data';

export function withPageData<P extends object>(kind: PropsPageData['kind'], Page: ComponentType<P>): ComponentType<P> {
  function PageWithData(props: P): React.ReactElement {
    const { pathname } = useLocation();
    const context = useRouteContext();
    return (
      <>
        <PageDataScript data={{ kind, path: pathname, context, props: dataProps(props as Record<string, unknown>) }} />
        <Page {...props} />
      </>
    );
  }
  PageWithData.displayName = `WithPageData(${Page.displayName ?? Page.name})`;
  return PageWithData;
}
