import { describe, expect, it } from 'vitest';
import { compareDocuments } from './compare.js';
import { formatComparisonText, summaryLine } from './format-text.js';
import type { Comparison } from './model.js';
import { sideText } from './word-diff.js';
import { comparable } from './testing.js';

// A small standard of our own, in sections that the cases below move, rename, split and merge.
const SCOPE = '## Scope\n\nThis standard covers the names of object storage buckets that a provider creates for its customers on request.\n';
const NAMING =
  '## Naming Rules\n\nA bucket name MUST consist of lower-case letters, digits and hyphens only.\nA bucket name SHOULD begin with the project name of its owner.\n';
const RETENTION =
  '## Retention\n\nDeleted buckets are kept for thirty days before the provider removes their data for good.\nProviders MAY offer longer retention at an extra charge.\n';
const TESTS = '## Conformance Tests\n\nThe test script lists all buckets and checks every name against the rules above.\n';
const V1 = [SCOPE, NAMING, RETENTION, TESTS].join('\n');

const compare = (newBody: string, oldBody = V1) => compareDocuments(comparable(oldBody, 1), comparable(newBody, 2));
/** Each row as `kind: old headings -> new headings [flags]`, the way a reader scans the page. */
const rows = (comparison: Comparison) =>
  comparison.rows.map((row) => {
    const flags = [row.renamed && 'renamed', row.moved && 'moved'].filter(Boolean);
    const names = (side: typeof row.old) => side.map((section) => section.heading ?? '(lead)').join(' + ') || '-';
    return `${row.kind}: ${names(row.old)} -> ${names(row.new)}${flags.length ? ` [${flags.join(', ')}]` : ''}`;
  });

describe('section alignment', () => {
  it('pairs every section of the same text as unchanged', () => {
    const comparison = compare(V1);
    expect(rows(comparison)).toEqual([
      'unchanged: Scope -> Scope',
      'unchanged: Naming Rules -> Naming Rules',
      'unchanged: Retention -> Retention',
      'unchanged: Conformance Tests -> Conformance Tests',
    ]);
    expect(comparison.summary.sections).toEqual({ added: [], removed: [], changed: [], unchanged: 4 });
    expect(comparison.summary.requirements).toEqual({ added: [], removed: [], changed: [], unchanged: 3 });
  });

  it('pairs a moved section by its heading and marks it moved, not changed', () => {
    const comparison = compare([SCOPE, RETENTION, NAMING, TESTS].join('\n'));
    expect(rows(comparison)).toEqual([
      'unchanged: Scope -> Scope',
      'unchanged: Retention -> Retention [moved]',
      'unchanged: Naming Rules -> Naming Rules',
      'unchanged: Conformance Tests -> Conformance Tests',
    ]);
    expect(comparison.summary.sections.changed).toEqual([
      { old: [expect.objectContaining({ heading: 'Retention', line: 18 })], new: [expect.objectContaining({ heading: 'Retention', line: 13 })], how: ['moved'] },
    ]);
    expect(comparison.summary.sections.unchanged).toBe(3);
  });

  it('pairs a renamed and moved section by its text', () => {
    const renamed = RETENTION.replace('## Retention', '## Keeping Deleted Buckets').replace('thirty days', '30 days');
    const comparison = compare([SCOPE, renamed, NAMING, TESTS].join('\n'));
    expect(rows(comparison)).toEqual([
      'unchanged: Scope -> Scope',
      'changed: Retention -> Keeping Deleted Buckets [renamed, moved]',
      'unchanged: Naming Rules -> Naming Rules',
      'unchanged: Conformance Tests -> Conformance Tests',
    ]);
    const row = comparison.rows[1]!;
    expect(row.parts.filter((part) => part.op !== '=')).toEqual([
      { op: '-', text: 'thirty' },
      { op: '+', text: '30' },
    ]);
    expect(comparison.summary.sections.changed[0]!.how).toEqual(['renamed', 'moved', 'text changed']);
  });

  it('pairs a renamed section whose text changed a little and keeps a rewritten one under its heading', () => {
    const rewritten = '## Conformance Tests\n\nA new checker reads every bucket through the provider API and reports names that break a rule.\n';
    const renamed = NAMING.replace('## Naming Rules', '## Rules for Bucket Names').replace('only.', 'only; nothing else is allowed.');
    expect(rows(compare([SCOPE, renamed, RETENTION, rewritten].join('\n')))).toEqual([
      'unchanged: Scope -> Scope',
      'changed: Naming Rules -> Rules for Bucket Names [renamed]',
      'unchanged: Retention -> Retention',
      'changed: Conformance Tests -> Conformance Tests',
    ]);
  });

  it('shows a split section as one row: the old section against both new ones', () => {
    const first = '## Naming Rules\n\nA bucket name MUST consist of lower-case letters, digits and hyphens only.\n';
    const second = '### Name Prefix\n\nA bucket name SHOULD begin with the project name of its owner, followed by a hyphen.\n';
    const comparison = compare([SCOPE, first, second, RETENTION, TESTS].join('\n'));
    expect(rows(comparison)).toEqual([
      'unchanged: Scope -> Scope',
      'changed: Naming Rules -> Naming Rules + Name Prefix',
      'unchanged: Retention -> Retention',
      'unchanged: Conformance Tests -> Conformance Tests',
    ]);
    const row = comparison.rows[1]!;
    // The new side reads as the new document does, the second section with its heading line.
    expect(sideText(row.parts, '+')).toBe(
      'A bucket name MUST consist of lower-case letters, digits and hyphens only.\n\n### Name Prefix\n\nA bucket name SHOULD begin with the project name of its owner, followed by a hyphen.',
    );
    expect(sideText(row.parts, '-')).toBe('A bucket name MUST consist of lower-case letters, digits and hyphens only.\nA bucket name SHOULD begin with the project name of its owner.');
    expect(comparison.summary.sections.changed.map((change) => change.how)).toEqual([['split', 'text changed']]);
    expect(comparison.summary.sections.added).toEqual([]);
  });

  it('shows merged sections as one row of two old sections', () => {
    const merged = `## Rules\n\n${NAMING.split('\n\n')[1]}\n${RETENTION.split('\n\n')[1]}`;
    const comparison = compare([SCOPE, merged, TESTS].join('\n'));
    expect(rows(comparison)).toEqual(['unchanged: Scope -> Scope', 'changed: Naming Rules + Retention -> Rules', 'unchanged: Conformance Tests -> Conformance Tests']);
    expect(comparison.summary.sections.changed[0]!.how).toEqual(['merged', 'text changed']);
    expect(comparison.summary.sections.removed).toEqual([]);
  });

  it('lists added and removed sections, a removed one where it stood', () => {
    const added = '## Migration\n\nProviders rename old buckets in a maintenance window announced two weeks ahead.\n';
    const comparison = compare([SCOPE, NAMING, TESTS, added].join('\n'));
    expect(rows(comparison)).toEqual([
      'unchanged: Scope -> Scope',
      'unchanged: Naming Rules -> Naming Rules',
      'removed: Retention -> -',
      'unchanged: Conformance Tests -> Conformance Tests',
      'added: - -> Migration',
    ]);
    expect(comparison.summary.sections.added).toEqual([{ heading: 'Migration', depth: 2, anchor: 'migration', line: 22 }]);
    expect(comparison.summary.sections.removed).toEqual([{ heading: 'Retention', depth: 2, anchor: 'retention', line: 18 }]);
  });

  it('pairs repeated headings under the same parent heading', () => {
    const withExamples = (section: string, example: string) => `${section}\n### Examples\n\n${example}\n`;
    const naming = withExamples(NAMING, 'The name `acme-logs` belongs to the project acme and holds its logs.');
    const retention = withExamples(RETENTION, 'A bucket deleted on the first of May is gone for good on the last day of May.');
    const comparison = compare([SCOPE, retention, naming, TESTS].join('\n'), [SCOPE, naming, retention, TESTS].join('\n'));
    const pairs = comparison.rows.filter((row) => row.old[0]?.heading === 'Examples').map((row) => [row.old[0]!.line, row.new[0]!.line, row.kind]);
    // Old: naming examples at line 18, retention examples at 27. New: retention examples at 18, naming at 27.
    expect(pairs).toEqual([
      [27, 18, 'unchanged'],
      [18, 27, 'unchanged'],
    ]);
  });

  it('compares the text before the first heading as a section of its own', () => {
    const comparison = compare(`A short preface.\n\n${V1}`);
    expect(rows(comparison)[0]).toBe('added: - -> (lead)');
  });
});

describe('requirement summary', () => {
  const v2 = [
    SCOPE,
    NAMING.replace('SHOULD begin', 'MUST begin'),
    RETENTION.replace('Providers MAY offer longer retention at an extra charge.\n', "Providers MUST NOT reuse a deleted bucket's name within thirty days.\n"),
    TESTS,
  ].join('\n');

  it('lists requirement sentences added, removed and changed with their text and section', () => {
    const { requirements } = compare(v2).summary;
    expect(requirements.unchanged).toBe(1);
    expect(requirements.added).toEqual([{ text: "Providers MUST NOT reuse a deleted bucket's name within thirty days.", keywords: ['MUST NOT'], line: 21, section: 'Retention' }]);
    expect(requirements.removed).toEqual([{ text: 'Providers MAY offer longer retention at an extra charge.', keywords: ['MAY'], line: 21, section: 'Retention' }]);
    expect(requirements.changed).toEqual([
      {
        old: { text: 'A bucket name SHOULD begin with the project name of its owner.', keywords: ['SHOULD'], line: 16, section: 'Naming Rules' },
        new: { text: 'A bucket name MUST begin with the project name of its owner.', keywords: ['MUST'], line: 16, section: 'Naming Rules' },
        parts: [
          { op: '=', text: 'A bucket name ' },
          { op: '-', text: 'SHOULD' },
          { op: '+', text: 'MUST' },
          { op: '=', text: ' begin with the project name of its owner.' },
        ],
      },
    ]);
  });

  it('counts a requirement moved to another section unchanged', () => {
    const moved = [SCOPE, NAMING.replace('A bucket name SHOULD begin with the project name of its owner.\n', ''), RETENTION + 'A bucket name SHOULD begin with the project name of its owner.\n', TESTS].join('\n');
    expect(compare(moved).summary.requirements).toMatchObject({ added: [], removed: [], changed: [], unchanged: 3 });
  });

  it('prints the summary, the lists and the changed text for a terminal', () => {
    const comparison = compare(v2);
    expect(summaryLine(comparison)).toBe(
      'scs-0190-v1 → scs-0190-v2: sections 0 added, 0 removed, 2 changed, 2 unchanged; 3 requirements changed (1 added, 1 removed, 1 reworded), 1 unchanged',
    );
    expect(formatComparisonText(comparison)).toContain(
      [
        'Requirements added:',
        "  + Providers MUST NOT reuse a deleted bucket's name within thirty days. (Retention, line 21)",
        '',
        'Requirements removed:',
        '  - Providers MAY offer longer retention at an extra charge. (Retention, line 21)',
        '',
        'Requirements changed:',
        '  ~ A bucket name [-SHOULD-]{+MUST+} begin with the project name of its owner. (Naming Rules, line 16)',
      ].join('\n'),
    );
  });

  it('escapes control characters of the documents in terminal output', () => {
    const comparison = compare(V1.replace('on request.', 'on request.\u001b[2J MUST go.'));
    const text = formatComparisonText(comparison);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\\x1b[2J MUST go.');
  });
});
