// The status page's "what changed" section: the pages of consecutive versions
// and, with three or more versions, a form to compare any two.
import React from 'react';
import Link from '@docusaurus/Link';
import type { StatusDiffProp } from '@site/plugins/standards/docusaurus/diff-props';
import CompareForm from './CompareForm';

export default function DiffLinks({ diffs }: { diffs: StatusDiffProp }): React.ReactElement | null {
  if (diffs.pairs.length === 0) return null;
  return (
    <section>
      <h2>What changed between versions</h2>
      <ul>
        {diffs.pairs.map((pair) => (
          <li key={pair.url}>
            <Link to={pair.url}>
              Changes from {pair.from} to {pair.to}
            </Link>
          </li>
        ))}
      </ul>
      {diffs.comparePage && <CompareForm action={diffs.comparePage} versions={diffs.versions} idPrefix="status-compare" />}
    </section>
  );
}
