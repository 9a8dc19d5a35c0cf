// Inserted and deleted words: <ins>/<del> with a text label a screen reader
// reads and a mark that does not depend on colour. Document text is rendered
// as React text only, never as HTML.
import React from 'react';
import type { DiffPart } from '@site/plugins/standards/compare/model';
import styles from './diff.module.css';

export function Inserted({ children }: { children: string }): React.ReactElement {
  return (
    <ins className={styles.ins}>
      <span className="scs-visually-hidden">[inserted: </span>
      {children}
      <span className="scs-visually-hidden">]</span>
    </ins>
  );
}

export function Deleted({ children }: { children: string }): React.ReactElement {
  return (
    <del className={styles.del}>
      <span className="scs-visually-hidden">[deleted: </span>
      {children}
      <span className="scs-visually-hidden">]</span>
    </del>
  );
}

/** One side of a diff: the common text and that side's changes (white space that only moved is not marked). */
export function DiffSide({ parts, side }: { parts: readonly DiffPart[]; side: '-' | '+' }): React.ReactElement {
  return (
    <>
      {parts.map((part, index) => {
        if (part.op !== '=' && part.op !== side) return null;
        if (part.op === '=' || !/\S/.test(part.text)) return <React.Fragment key={index}>{part.text}</React.Fragment>;
        return part.op === '+' ? <Inserted key={index}>{part.text}</Inserted> : <Deleted key={index}>{part.text}</Deleted>;
      })}
    </>
  );
}

/** Both sides in one run of text: deletions, then insertions, where they happened. */
export function DiffInline({ parts }: { parts: readonly DiffPart[] }): React.ReactElement {
  return (
    <>
      {parts.map((part, index) =>
        part.op === '=' ? (
          <React.Fragment key={index}>{part.text}</React.Fragment>
        ) : part.op === '+' ? (
          <Inserted key={index}>{part.text}</Inserted>
        ) : (
          <Deleted key={index}>{part.text}</Deleted>
        ),
      )}
    </>
  );
}
