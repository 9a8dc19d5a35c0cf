import { describe, expect, it } from 'vitest';
import { compareDocuments } from './compare.js';
import { comparable } from './testing.js';

describe('buildComparableDocument', () => {
  it('cuts the body at every heading, keeps the Markdown as written and numbers anchors as the page does', () => {
    const document = comparable('Lead text.\n\n## Rules {#rules}\n\n- A name MUST be short.\n\n### Example\n\n```\nMUST\n```\n\n## Example\n\nMore.\n');
    expect(document.label).toBe('scs-0190-v1');
    expect(document.problem).toBeNull();
    expect(document.sections.map(({ requirements, ...section }) => ({ ...section, requirements: requirements.length }))).toEqual([
      { heading: null, depth: 0, anchor: null, line: 9, text: 'Lead text.', requirements: 0 },
      { heading: 'Rules', depth: 2, anchor: 'rules', line: 11, text: '- A name MUST be short.', requirements: 1 },
      { heading: 'Example', depth: 3, anchor: 'example', line: 15, text: '```\nMUST\n```', requirements: 0 },
      { heading: 'Example', depth: 2, anchor: 'example-1', line: 21, text: 'More.', requirements: 0 },
    ]);
  });

  it('reads a body over a resource limit as one block of text and says so', () => {
    const document = comparable(`## Deep\n\n${'>'.repeat(150)} MUST\n`);
    expect(document.sections).toHaveLength(1);
    expect(document.sections[0]).toMatchObject({ heading: null, requirements: [] });
    expect(document.problem).toMatch(/^its Markdown was not read into sections: /);
    const comparison = compareDocuments(document, comparable('## Deep\n\nFlat.\n', 2));
    expect(comparison.notes).toEqual([`scs-0190-v1: ${document.problem}`]);
  });

  it('treats a paragraph that was only re-wrapped as unchanged', () => {
    const comparison = compareDocuments(comparable('## A\n\nOne two three\nfour five.\n'), comparable('## A\n\nOne two\nthree four five.\n', 2));
    expect(comparison.rows.map((row) => row.kind)).toEqual(['unchanged']);
    expect(comparison.summary.sections.unchanged).toBe(1);
  });
});

describe('diffText', () => {
  it('shows a replaced phrase as one deletion and one insertion, each side exact', async () => {
    const { diffText, sideText } = await import('./word-diff.js');
    const [before, after] = ['Providers MAY offer longer\nretention at a charge.\n', 'Providers MUST  NOT offer longer\nretention at a charge.\n'];
    const parts = diffText(before, after);
    expect(parts).toEqual([
      { op: '=', text: 'Providers ' },
      { op: '-', text: 'MAY' },
      { op: '+', text: 'MUST  NOT' },
      { op: '=', text: ' offer longer\nretention at a charge.\n' },
    ]);
    expect([sideText(parts, '-'), sideText(parts, '+')]).toEqual([before, after]);
  });

  it('shows a rewritten paragraph as replaced, whole, and keeps unchanged lines apart', async () => {
    const { diffText } = await import('./word-diff.js');
    expect(diffText('Same line.\nOld words here.\n', 'Same line.\nEntirely different text now.\n')).toEqual([
      { op: '=', text: 'Same line.\n' },
      { op: '-', text: 'Old words here.\n' },
      { op: '+', text: 'Entirely different text now.\n' },
    ]);
  });
});
