// A link from a scope or compliance file: inside the portal, outside it, or text.
import React from 'react';
import Link from '@docusaurus/Link';
import type { ScopeLink } from '@site/plugins/standards/docusaurus/scope-props';

/** `context` is read by screen readers only, so that links with the same text ("description") still say where they lead. */
export default function ScopeLinkText({ link, context }: { link: ScopeLink; context?: string }): React.ReactElement {
  const text = (
    <>
      {link.text}
      {context && <span className="scs-visually-hidden"> {context}</span>}
    </>
  );
  if (link.url === null) return <span>{text}</span>;
  if (link.internal) return <Link to={link.url}>{text}</Link>;
  return (
    <a href={link.url} rel="noopener noreferrer">
      {text}
    </a>
  );
}
