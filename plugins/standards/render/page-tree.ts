// The page tree: what the portal ships to the browser for a standard's body.
// Plain JSON arrays, read by src/components/standards/DocumentBody.tsx, which
// turns them into React elements. No HTML string is ever injected, so nothing
// in a document can become script: the tree holds only element names, React
// props and text, all escaped by React when rendered.

/** Text, or `[element name, props or 0, ...children]`. */
export type PageNode = string | PageElement;
export type PageElement = [tagName: string, props: PageProps | 0, ...children: PageNode[]];

/** React props; a value `{ asset: n }` is the URL of the document's n-th bundled file. */
export type PageProps = Record<string, string | number | boolean | AssetRef>;
export interface AssetRef {
  asset: number;
}

/** One entry of the table of contents, as Docusaurus's TOC components expect it. */
export interface TocEntry {
  /** HTML of the heading's text: escaped text, `<code>` the only element. */
  value: string;
  id: string;
  level: number;
}

export interface PageBody {
  nodes: PageNode[];
  toc: TocEntry[];
  /** The text of a leading `# Title`, which then stands for the page title (as in Docusaurus). */
  contentTitle: string | undefined;
  /** Relative paths of the files the body shows or links to (images, attachments), in `asset` order. */
  assets: string[];
}

export function isAssetRef(value: unknown): value is AssetRef {
  return typeof value === 'object' && value !== null && typeof (value as AssetRef).asset === 'number';
}
