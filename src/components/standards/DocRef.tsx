// A link to a document, or its name as text when it is not in the corpus.
// On a page showing a chosen day (`?date=`), the link keeps that day.
import React from 'react';
import Link from '@docusaurus/Link';
import type { DocLink } from '@site/plugins/standards/docusaurus/links';
import { withDateParam } from '@site/plugins/standards/docusaurus/dated';
import { useViewDate } from './view-date';

export default function DocRef({ doc, withTitle = false }: { doc: DocLink; withTitle?: boolean }): React.ReactElement {
  const view = useViewDate();
  const text = withTitle ? `${doc.label} ${doc.title}` : doc.label;
  if (doc.url === null) return <span title="Not in this registry">{text}</span>;
  return (
    <Link to={view?.chosen ? withDateParam(doc.url, view.chosen) : doc.url} title={withTitle ? undefined : doc.title}>
      {text}
    </Link>
  );
}

/** A site link that keeps the chosen day, like DocRef. */
export function DatedLink({ to, children, className }: { to: string; children: React.ReactNode; className?: string }): React.ReactElement {
  const view = useViewDate();
  return (
    <Link to={view?.chosen ? withDateParam(to, view.chosen) : to} className={className}>
      {children}
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
