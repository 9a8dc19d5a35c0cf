// A comparison of two versions: the summary a reviewer reads first, then the
// two texts aligned section by section, unchanged sections folded.
import React from 'react';
import type { ComparedRow, Comparison, RequirementRef, SectionRef } from '@site/plugins/standards/compare/model';
import { Deleted, DiffInline, DiffSide, Inserted } from './DiffMarks';
import styles from './diff.module.css';

const sectionName = (section: SectionRef) => section.heading ?? 'Text before the first heading';
const names = (sections: readonly SectionRef[]) => sections.map(sectionName).join(' + ');
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function Where({ requirement }: { requirement: RequirementRef }): React.ReactElement {
  return (
    <span className={styles.where}>
      {' '}
      (in “{requirement.section ?? 'text before the first heading'}”, line {requirement.line})
    </span>
  );
}

/** One list of requirement sentences under its heading; nothing when it is empty. */
function RequirementList<T>({ heading, items, text, where }: {
  heading: string;
  items: readonly T[];
  text: (item: T) => React.ReactNode;
  /** Where the sentence is, in the newer version for a changed one. */
  where: (item: T) => RequirementRef;
}): React.ReactElement | null {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul className={styles.requirements}>
        {items.map((item, index) => (
          <li key={index}>
            {text(item)}
            <Where requirement={where(item)} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Summary({ comparison }: { comparison: Comparison }): React.ReactElement {
  const { sections, requirements } = comparison.summary;
  const { from, to } = comparison;
  return (
    <section aria-labelledby="diff-summary">
      <h2 id="diff-summary">Summary</h2>
      <p>
        Sections: {sections.added.length} added, {sections.removed.length} removed, {sections.changed.length} changed, {sections.unchanged} unchanged.
        <br />
        Requirement sentences (with MUST, MUST NOT, SHOULD, SHOULD NOT, RECOMMENDED, MAY or OPTIONAL): {requirements.added.length} added,{' '}
        {requirements.removed.length} removed, {requirements.changed.length} changed, {requirements.unchanged} unchanged.
      </p>
      {comparison.notes.map((note) => (
        <p key={note}>Note: {note}</p>
      ))}
      <RequirementList heading={`Requirements added in ${to.label}`} items={requirements.added} text={(requirement) => <Inserted>{requirement.text}</Inserted>} where={(requirement) => requirement} />
      <RequirementList heading={`Requirements removed since ${from.label}`} items={requirements.removed} text={(requirement) => <Deleted>{requirement.text}</Deleted>} where={(requirement) => requirement} />
      <RequirementList heading="Requirements changed" items={requirements.changed} text={(change) => <DiffInline parts={change.parts} />} where={(change) => change.new} />
      {(sections.added.length > 0 || sections.removed.length > 0 || sections.changed.length > 0) && (
        <>
          <h3>Sections</h3>
          <ul>
            {sections.added.map((section, index) => (
              <li key={`a${index}`}>Added: {sectionName(section)}</li>
            ))}
            {sections.removed.map((section, index) => (
              <li key={`r${index}`}>Removed: {sectionName(section)}</li>
            ))}
            {sections.changed.map((change, index) => (
              <li key={`c${index}`}>
                Changed: {names(change.old)}
                {change.how.includes('renamed') || change.old.length !== change.new.length ? ` → ${names(change.new)}` : ''} ({change.how.join(', ')})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function rowNote(row: ComparedRow, comparison: Comparison): string {
  if (row.kind === 'added') return `Added in ${comparison.to.label}.`;
  if (row.kind === 'removed') return `Removed in ${comparison.to.label}.`;
  const words = [
    row.renamed && `renamed from “${names(row.old)}”`,
    row.new.length > 1 && `split from “${names(row.old)}”`,
    row.old.length > 1 && `merged from ${row.old.map((section) => `“${sectionName(section)}”`).join(' and ')}`,
    row.moved && 'moved',
    row.textChanged && 'text changed',
  ].filter(Boolean);
  return `${words.join(', ').replace(/^./, (first) => first.toUpperCase())}.`;
}

/** One version's text of a row, or a line saying the section is not in that version. */
function Side({ label, present, parts, side }: { label: string; present: boolean; parts: ComparedRow['parts']; side: '-' | '+' }): React.ReactElement {
  return (
    <div className={styles.side}>
      <p className={styles.sideLabel}>{label}</p>
      {present ? (
        <div className={styles.text}>
          <DiffSide parts={parts} side={side} />
        </div>
      ) : (
        <p>Not in {label}.</p>
      )}
    </div>
  );
}

function Row({ row, comparison }: { row: ComparedRow; comparison: Comparison }): React.ReactElement {
  const title = row.new.length > 0 ? names(row.new) : names(row.old);
  if (row.kind === 'unchanged') {
    return (
      <details className={styles.folded}>
        <summary>
          {title} — unchanged{row.moved ? ', moved' : ''}
        </summary>
        <div className={styles.text}>
          <DiffSide parts={row.parts} side="+" />
        </div>
      </details>
    );
  }
  return (
    <section className={styles.row}>
      <h3>{title}</h3>
      <p className={styles.rowNote}>{rowNote(row, comparison)}</p>
      <div className={styles.columns}>
        <Side label={comparison.from.label} present={row.old.length > 0} parts={row.parts} side="-" />
        <Side label={comparison.to.label} present={row.new.length > 0} parts={row.parts} side="+" />
      </div>
    </section>
  );
}

export default function DiffView({ comparison }: { comparison: Comparison }): React.ReactElement {
  const folded = comparison.rows.filter((row) => row.kind === 'unchanged').length;
  return (
    <>
      <Summary comparison={comparison} />
      <section aria-labelledby="diff-text">
        <h2 id="diff-text">Text, section by section</h2>
        <p>
          {comparison.from.label} on the left, {comparison.to.label} on the right (one above the other on narrow screens), as written in Markdown.{' '}
          <Inserted>Inserted words</Inserted> are underlined, <Deleted>deleted words</Deleted> struck through.{' '}
          {folded > 0 && `${count(folded, 'unchanged section is', 'unchanged sections are')} folded: open one to read it.`}
        </p>
        {comparison.rows.map((row, index) => (
          <Row key={index} row={row} comparison={comparison} />
        ))}
      </section>
    </>
  );
}
