// The metadata block of a standards document, above its text.
import React from 'react';
import type { DocumentPageProp } from '@site/plugins/standards/docusaurus/document-props';
import DocRef, { DatedLink, DocRefList } from './DocRef';
import StateBadge from './StateBadge';

function Row({ term, children }: { term: string; children: React.ReactNode }): React.ReactElement {
  return (
    <div className="scs-meta__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default function DocumentMetadata({ doc }: { doc: DocumentPageProp }): React.ReactElement {
  return (
    <section className="scs-meta" aria-label="Document metadata">
      <dl>
        <Row term="Document">
          <code data-pagefind-meta="id">{doc.shortId}</code>
        </Row>
        {doc.type && <Row term="Type">{doc.type}</Row>}
        {doc.status && <Row term="Status">{doc.status}</Row>}
        {doc.state && (
          <Row term={`State on ${doc.date}`}>
            <StateBadge tone={doc.state} label={doc.stateLabel} />
          </Row>
        )}
        {doc.track && (
          <Row term="Track">
            <DatedLink to={doc.track.url}>{doc.track.name}</DatedLink>
          </Row>
        )}
        {doc.stabilizedAt && <Row term="Stabilized">{doc.stabilizedAt}</Row>}
        {doc.deprecatedAt && <Row term="Deprecated">{doc.deprecatedAt}</Row>}
        {doc.rejectedAt && <Row term="Rejected">{doc.rejectedAt}</Row>}
        {doc.replaces.length > 0 && (
          <Row term="Replaces">
            <DocRefList docs={doc.replaces} />
          </Row>
        )}
        {doc.replacedBy.length > 0 && (
          <Row term="Replaced by">
            <DocRefList docs={doc.replacedBy} />
          </Row>
        )}
        {doc.supplements.length > 0 && (
          <Row term="Supplements">
            <DocRefList docs={doc.supplements} />
          </Row>
        )}
        {doc.supplementedBy.length > 0 && (
          <Row term="Supplemented by">
            <DocRefList docs={doc.supplementedBy} />
          </Row>
        )}
        {doc.authors.length > 0 && <Row term="Authors">{doc.authors.join(', ')}</Row>}
        {doc.versions.length > 1 && (
          <Row term="Versions">
            <ul className="scs-inline-list">
              {doc.versions.map((version) => (
                <li key={version.id}>
                  {version.id === doc.id ? <strong aria-current="page">{version.label}</strong> : <DocRef doc={version} />}{' '}
                  <StateBadge tone={version.state} label={version.stateLabel} />
                </li>
              ))}
            </ul>
          </Row>
        )}
        {doc.statusPage && (
          <Row term="All versions">
            <DatedLink to={doc.statusPage}>Status page of {doc.standardId}</DatedLink>
          </Row>
        )}
      </dl>
    </section>
  );
}
