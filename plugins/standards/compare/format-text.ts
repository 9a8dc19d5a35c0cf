// A comparison as text for a terminal: the summary, then each changed row
// with its word diff in wdiff's notation ([-deleted-] and {+inserted+}).
// Document text is escaped (report/terminal-text.ts): a line of a standard
// cannot move the cursor or reorder what a reviewer reads.
import { escapeForTerminal } from '../report/terminal-text.js';
import type { ComparedRow, Comparison, DiffPart, RequirementRef, SectionRef } from './model.js';

/** Each line escaped on its own, so the line breaks we write stay line breaks. */
const safe = (text: string) => text.split('\n').map(escapeForTerminal).join('\n');

export function sectionName(section: SectionRef): string {
  return section.heading === null ? '(text before the first heading)' : `${'#'.repeat(section.depth)} ${section.heading}`;
}

const names = (sections: readonly SectionRef[]) => sections.map(sectionName).join(' + ');

export function wdiff(parts: readonly DiffPart[]): string {
  return parts.map((part) => (part.op === '=' ? part.text : part.op === '+' ? `{+${part.text}+}` : `[-${part.text}-]`)).join('');
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** One line: what changed, in numbers. */
export function summaryLine(comparison: Comparison): string {
  const { sections, requirements } = comparison.summary;
  return (
    `${comparison.from.label} → ${comparison.to.label}: sections ${sections.added.length} added, ${sections.removed.length} removed, ` +
    `${sections.changed.length} changed, ${sections.unchanged} unchanged; ` +
    `${plural(requirements.added.length + requirements.removed.length + requirements.changed.length, 'requirement')} changed ` +
    `(${requirements.added.length} added, ${requirements.removed.length} removed, ${requirements.changed.length} reworded), ${requirements.unchanged} unchanged`
  );
}

const where = (requirement: RequirementRef) => `(${requirement.section ?? 'before the first heading'}, line ${requirement.line})`;

export function formatComparisonText(comparison: Comparison): string {
  const { sections, requirements } = comparison.summary;
  const lines: string[] = [safe(summaryLine(comparison))];
  for (const note of comparison.notes) lines.push(`Note: ${safe(note)}`);
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push('', `${title}:`, ...items.map((item) => `  ${safe(item)}`));
  };
  list('Sections added', sections.added.map((section) => `+ ${sectionName(section)} (line ${section.line})`));
  list('Sections removed', sections.removed.map((section) => `- ${sectionName(section)} (line ${section.line})`));
  list(
    'Sections changed',
    sections.changed.map((change) => `~ ${names(change.old)}${change.how.includes('renamed') || change.old.length !== change.new.length ? ` → ${names(change.new)}` : ''} (${change.how.join(', ')})`),
  );
  list('Requirements added', requirements.added.map((requirement) => `+ ${requirement.text} ${where(requirement)}`));
  list('Requirements removed', requirements.removed.map((requirement) => `- ${requirement.text} ${where(requirement)}`));
  list('Requirements changed', requirements.changed.map((change) => `~ ${wdiff(change.parts)} ${where(change.new)}`));
  const changedRows = comparison.rows.filter((row) => row.kind !== 'unchanged');
  if (changedRows.length > 0) lines.push('', 'Text, section by section ([-deleted-] {+inserted+}):');
  for (const row of changedRows) lines.push('', `=== ${safe(rowTitle(row))}`, safe(wdiff(row.parts)));
  return lines.join('\n') + '\n';
}

export function rowTitle(row: ComparedRow): string {
  switch (row.kind) {
    case 'added':
      return `${names(row.new)} (added)`;
    case 'removed':
      return `${names(row.old)} (removed)`;
    default: {
      const heading = row.renamed || row.old.length !== row.new.length ? `${names(row.old)} → ${names(row.new)}` : names(row.new);
      return row.moved ? `${heading} (moved)` : heading;
    }
  }
}
