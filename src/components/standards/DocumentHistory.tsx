// The changes to a document's file from git, newest first: the five newest in
// view, the older ones folded in a disclosure (details/summary, which keyboards
// and screen readers operate natively). Subjects are rendered as text.
import React from 'react';
import type { DocumentHistoryProp, HistoryEntryProp } from '@site/plugins/standards/docusaurus/history-props';

const SHOWN = 5;

function Change({ change }: { change: HistoryEntryProp }): React.ReactElement {
  return (
    <li>
      <time dateTime={change.date}>{change.date}</time>{' '}
      {change.url ? (
        <a href={change.url} className="scs-history__subject">
          {change.subject}
        </a>
      ) : (
        <span className="scs-history__subject">{change.subject}</span>
      )}{' '}
      <code className="scs-history__hash">{change.shortHash}</code>
    </li>
  );
}

export default function DocumentHistory({ history }: { history: DocumentHistoryProp }): React.ReactElement {
  const recent = history.changes.slice(0, SHOWN);
  const older = history.changes.slice(SHOWN);
  const notes: string[] = [];
  if (history.omitted > 0) notes.push(`${history.omitted} older ${history.omitted === 1 ? 'change is' : 'changes are'} not listed.`);
  if (!history.complete) notes.push('Earlier changes are not known: this build had only part of the repository’s history.');
  return (
    // Not part of the document's text: search leaves it out.
    <section className="scs-history" aria-labelledby="scs-history-heading" data-pagefind-ignore="all">
      <h2 id="scs-history-heading">Changes to this document</h2>
      <p>From the repository’s history, newest first.</p>
      <ul className="scs-history__list">
        {recent.map((change) => (
          <Change key={change.shortHash} change={change} />
        ))}
      </ul>
      {older.length > 0 && (
        <details className="scs-history__older">
          <summary>
            {older.length} older {older.length === 1 ? 'change' : 'changes'}
          </summary>
          <ul className="scs-history__list">
            {older.map((change) => (
              <Change key={change.shortHash} change={change} />
            ))}
          </ul>
        </details>
      )}
      {notes.length > 0 && <p className="scs-history__note">{notes.join(' ')}</p>}
    </section>
  );
}
