// Near a version's lifecycle banner: what changed since the version before it.
import React from 'react';
import Link from '@docusaurus/Link';
import type { DiffLink } from '@site/plugins/standards/docusaurus/diff-props';
import styles from './diff.module.css';

export default function PreviousDiffLink({ link }: { link: DiffLink }): React.ReactElement {
  return (
    <p className={styles.previous}>
      <Link to={link.url}>What changed since {link.from}</Link>
    </p>
  );
}
