// The handbook's Markdown elements: Docusaurus's, with tables that can be
// scrolled from the keyboard (src/components/Table.tsx).
import MDXComponents from '@theme-original/MDXComponents';
import Table from '@site/src/components/Table';

export default { ...MDXComponents, table: Table };
