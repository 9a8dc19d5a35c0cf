// The body of a standards document: its page tree (built at build time by
// plugins/standards/render/body.ts) as React elements. Links become
// Docusaurus links (checked at build time, navigated in the app), headings get
// their anchor links, fences become code blocks (and diagrams), `:::note`
// blocks the theme's admonitions, tables keyboard-scrollable tables. Everything
// else is the element it names, with text escaped by React.
import React, { useEffect, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import CodeBlock from '@theme/CodeBlock';
import Admonition from '@theme/Admonition';
import Table from '../Table';
import type { PageElement, PageNode, PageProps } from '@site/plugins/standards/render/page-tree';
import { isLatestPermalink, latestLinkFor } from '@site/plugins/standards/docusaurus/latest-link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useLocation } from '@docusaurus/router';
import { useHydrated } from './hydrated';

type Assets = readonly string[];

/** Turns `{ asset: n }` values into the bundled file's URL. */
function resolveProps(props: PageProps | 0, assets: Assets): Record<string, unknown> {
  if (props === 0) return {};
  const resolved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) resolved[key] = typeof value === 'object' ? assets[value.asset] : value;
  return resolved;
}

/**
 * A link to a `/latest` short link: a plain link to its redirect page (a static
 * file, not a route of the app), which leads to the version in force on the
 * day it is followed (without script, on the build day). On a page showing a
 * chosen day (`?date=`), the link asks for that day.
 */
function LatestLink({ href, children, ...props }: { href: string; children?: ReactNode }): React.ReactElement {
  const url = useBaseUrl(href.replace(/[?#].*$/s, '')) + (/[?#].*$/s.exec(href)?.[0] ?? '');
  // Once the page runs (the HTML has the plain link), the `?date=` of the address goes along; the redirect page checks it.
  const running = useHydrated();
  const asked = new URLSearchParams(useLocation().search).get('date');
  return (
    <a {...props} href={latestLinkFor(url, running && asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : null)}>
      {children}
    </a>
  );
}

function renderChildren(nodes: readonly PageNode[], assets: Assets): ReactNode[] {
  return nodes.map((node, index) => renderNode(node, assets, index));
}

function renderNode(node: PageNode, assets: Assets, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const [tagName, rawProps, ...children] = node;
  const props = resolveProps(rawProps, assets);
  // A lone text child stays a string: Heading builds its anchor's label from it.
  const [first] = children;
  const content = children.length === 1 && typeof first === 'string' ? first : children.length > 0 ? renderChildren(children, assets) : undefined;
  if (tagName === 'a' && typeof props.href === 'string' && !props.href.startsWith('#')) {
    // A bundled file is no page of the site: opened on its own, and not for the broken-link check.
    const file = rawProps !== 0 && typeof rawProps.href === 'object' ? { target: '_blank', 'data-noBrokenLinkCheck': true } : {};
    if (isLatestPermalink(props.href.replace(/[?#].*$/s, ''))) return <LatestLink key={key} {...props} href={props.href}>{content}</LatestLink>;
    return <Link key={key} {...props} {...file}>{content}</Link>;
  }
  if (/^h[1-6]$/.test(tagName) && typeof props.id === 'string' && !String(props.className ?? '').includes('sr-only')) {
    return <Heading key={key} as={tagName as 'h2'} {...props}>{content}</Heading>;
  }
  if (tagName === 'admonition') {
    return <Admonition key={key} type={String(props.type)} title={props.title as string | undefined}>{content}</Admonition>;
  }
  if (tagName === 'table') return <Table key={key} {...props}>{content}</Table>;
  const code = tagName === 'pre' ? onlyCode(children) : undefined;
  if (code) {
    const codeProps = resolveProps(code[1], assets);
    const codeChildren = code.slice(2) as PageNode[];
    const text = codeChildren.every((child) => typeof child === 'string') ? codeChildren.join('') : undefined;
    return (
      <CodeBlock key={key} className={codeProps.className as string | undefined} metastring={codeProps.metastring as string | undefined}>
        {text ?? renderChildren(codeChildren, assets)}
      </CodeBlock>
    );
  }
  return React.createElement(tagName, { key, ...props }, content);
}

function onlyCode(children: readonly PageNode[]): PageElement | undefined {
  const [first] = children;
  return children.length === 1 && typeof first !== 'string' && first?.[0] === 'code' ? first : undefined;
}

/**
 * The default export of a document's module: the component the docs theme renders as the page's content.
 * `nodes` may be a function that reads the tree when the page renders (the server bundle's modules do that,
 * so no tree outlives its page during the build).
 */
export function createDocumentBody(nodes: readonly PageNode[] | (() => readonly PageNode[]), assets: Assets): DocumentBodyComponent {
  function DocumentBody() {
    useEffect(followWrittenAnchor, []);
    return <>{renderChildren(typeof nodes === 'function' ? nodes() : nodes, assets)}</>;
  }
  // What the page's data carries of the body (src/components/standards/routes/page-data.tsx).
  DocumentBody.pageTree = () => ({ nodes: typeof nodes === 'function' ? nodes() : nodes, assets });
  return DocumentBody;
}

export interface DocumentBodyComponent {
  (): ReactNode;
  pageTree: () => { nodes: readonly PageNode[]; assets: Assets };
}

/**
 * Ids written in a document's raw HTML carry the prefix `user-content-` (so
 * they cannot clobber the page's globals); links within the document point
 * at the prefixed id already. A link from elsewhere that names `#x` is taken
 * to `user-content-x` here, as GitHub does, when the page has no `x` itself.
 */
function followWrittenAnchor(): () => void {
  const follow = () => {
    const id = safeDecode(window.location.hash.slice(1));
    // As a browser reads a fragment: an element with that id, or else an `<a>` with that name.
    const target = (name: string) => document.getElementById(name) ?? document.querySelector(`a[name="${CSS.escape(name)}"]`);
    if (id === '' || target(id)) return;
    target(`user-content-${id}`)?.scrollIntoView();
  };
  follow();
  window.addEventListener('hashchange', follow);
  return () => window.removeEventListener('hashchange', follow);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
