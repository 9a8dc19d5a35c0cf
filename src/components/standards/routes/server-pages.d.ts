// The server bundle's reader of the standards pages' data (plugins/standards/docusaurus/server-pages.ts);
// in the browser's bundle an empty module.
declare module '@scs/server-pages' {
  import type { ComponentType } from 'react';
  import type { PageData } from '@site/src/components/standards/routes/page-data';
  const serverPages: {
    read?: (key: string) => PageData;
    Page?: ComponentType<{ data: PageData | null; routeProps: Record<string, unknown> }>;
  };
  export default serverPages;
}
