// A link from a scope or compliance file: inside the portal, outside it, or text.
import React from 'react';
import Link from '@docusaurus/Link';
import type { ScopeLink } from '@site/plugins/standards/docusaurus/scope-props';

export default function ScopeLinkText({ link }: { link: ScopeLink }): React.ReactElement {
  if (link.url === null) return <span>{link.text}</span>;
  if (link.internal) return <Link to={link.url}>{link.text}</Link>;
  return (
    <a href={link.url} rel="noopener noreferrer">
      {link.text}
    </a>
  );
}
