// A link to a document, or its name as text when it is not in the corpus.
import React from 'react';
import Link from '@docusaurus/Link';
import type { DocLink } from '@site/plugins/standards/docusaurus/links';

export default function DocRef({ doc, withTitle = false }: { doc: DocLink; withTitle?: boolean }): React.ReactElement {
  const text = withTitle ? `${doc.label} ${doc.title}` : doc.label;
  if (doc.url === null) return <span title="Not in this registry">{text}</span>;
  return (
    <Link to={doc.url} title={withTitle ? undefined : doc.title}>
      {text}
    </Link>
  );
}

/** `a`, `a and b`, `a, b and c` as links. */
export function DocRefList({ docs }: { docs: readonly DocLink[] }): React.ReactElement {
  return (
    <>
      {docs.map((doc, index) => (
        <React.Fragment key={doc.id}>
          {index === 0 ? '' : index === docs.length - 1 ? ' and ' : ', '}
          <DocRef doc={doc} />
        </React.Fragment>
      ))}
    </>
  );
}
