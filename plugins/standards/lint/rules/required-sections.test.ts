import { describe, expect, it } from 'vitest';
import { fileContext, formatFindings, withFrontMatter } from '../markdown-test-kit.js';
import { possibleTypes, sectionsRequiredByAll, type DocumentType } from '../../model/vocabulary.js';
import { rule } from './required-sections.js';

const STANDARD = 'title: Entropy\ntype: Standard\nstatus: Draft\ntrack: IaaS';
const DECISION = 'title: Volume types\ntype: Decision Record\nstatus: Draft\ntrack: IaaS';
const PROCEDURAL = 'title: Lifecycle\ntype: Procedural\nstatus: Draft\ntrack: Global';

const DECISION_MISSING =
  '3:1 Missing the decision, expected a section that states it: a heading such as `## Decision` or `## Outcome`, or a section after Context saying what was decided';

const check = (name: string, frontMatter: string, body: string) => formatFindings(rule.check(fileContext(name, withFrontMatter(body, frontMatter))));

describe('required-sections', () => {
  it.each([
    ['a Standard with its three sections', STANDARD, '## Introduction\n\n## Motivation\n\n## Conformance Tests\n'],
    ['sections matched regardless of case and spacing', STANDARD, '## introduction\n\n## MOTIVATION\n\n## Conformance  tests\n'],
    ['sections with a custom anchor', STANDARD, '## Introduction {#intro}\n\n## Motivation\n\n## Conformance Tests\n'],
    ['a Decision Record with Abstract, Context and Decision', DECISION, '## Abstract\n\n## Context\n\n### Options\n\n## Decision\n'],
    ['a decision under a heading that names it differently', DECISION, '## Abstract\n\n## Context\n\n## Outcome\n\nOne back end.\n'],
    ['a decision at a deeper level', DECISION, '## Abstract\n\n## Context\n\n## Discussion\n\n### Our choice\n'],
    ['a decision in the text of a section with another heading', DECISION, '## Abstract\n\n## Context\n\n## Result\n\nThe group decided on option one.\n'],
    ['a decision in a list below another heading', DECISION, '## Abstract\n\n## Context\n\n## Way forward\n\n- It was agreed to ship one.\n'],
    ['a Procedural document, which needs none', PROCEDURAL, 'Just text.\n'],
  ])('accepts %s', (_, frontMatter, body) => {
    expect(check('scs-0101-v1-entropy.md', frontMatter, body)).toEqual([]);
  });

  it.each([
    ['a Standard without sections', STANDARD, 'Text.\n', [
      '3:1 Missing section `## Introduction`, expected every Standard to have it',
      '3:1 Missing section `## Motivation`, expected every Standard to have it',
      '3:1 Missing section `## Conformance Tests`, expected every Standard to have it',
    ]],
    ['a section at the wrong level', DECISION, '## Abstract\n\n### Context\n\n## Decision\n', [
      '9:1 Unexpected level-3 heading `Context`, expected the required section at level 2: `## Context`',
    ]],
    ['a Decision Record without Abstract and Context', DECISION, '## Decision\n\nShip one.\n', [
      '3:1 Missing section `## Abstract`, expected every Decision Record to have it',
      '3:1 Missing section `## Context`, expected every Decision Record to have it',
    ]],
    ['a Decision Record that states no decision', DECISION, '## Abstract\n\n## Context\n\n## Open Questions\n\nWhich region first?\n', [
      DECISION_MISSING,
    ]],
    ['decision words only in Abstract, Context, their subsections and the text before them', DECISION,
      'This record decides nothing yet.\n\n## Abstract\n\nA decision is needed.\n\n## Context\n\n### Decision drivers\n\nCost.\n\n## Options\n\nTwo.\n', [
      DECISION_MISSING,
    ]],
  ])('reports %s', (_, frontMatter, body, expected) => {
    expect(check('scs-0101-v1-entropy.md', frontMatter, body)).toEqual(expected);
  });

  // A type with no near miss is read as no type: its finding is front-matter-value's. The sections checked are
  // those every type the file could be requires: a `vN` file may be Procedural (no sections), a `wN` file is a
  // Supplement (none either), so none is demanded by name, and nothing is reported as misplaced or as a
  // missing decision, which would be a guess. The type's own finding is the one finding.
  it.each([
    ['type: Spec on a document without sections', 'scs-0101-v1-entropy.md', 'title: Entropy\ntype: Spec\nstatus: Draft\ntrack: IaaS', 'Text.\n'],
    ['type: Spec with a required name at level 3', 'scs-0101-v1-entropy.md', 'title: Entropy\ntype: Spec\nstatus: Draft\ntrack: IaaS', '## Abstract\n\n### Context\n'],
    ['no type at all', 'scs-0101-v1-entropy.md', 'title: Entropy\nstatus: Draft\ntrack: IaaS', 'Text.\n'],
    ['type: Notes on a supplement file', 'scs-0101-w1-entropy-notes.md', 'title: Notes\ntype: Notes\ntrack: IaaS', 'Text.\n'],
  ])('demands of %s only what every possible type demands', (_, name, frontMatter, body) => {
    expect(check(name, frontMatter, body)).toEqual([]);
  });

  it.each([
    [[], []],
    [['Standard'], ['Introduction', 'Motivation', 'Conformance Tests']],
    [['Decision Record'], ['Abstract', 'Context']],
    [['Standard', 'Decision Record'], []],
    [possibleTypes(null, 'document'), []],
    [possibleTypes(null, 'proposal'), []],
    [possibleTypes(null, 'supplement'), []],
    [possibleTypes('Standard', 'document'), ['Introduction', 'Motivation', 'Conformance Tests']],
  ] as Array<[DocumentType[], string[]]>)('requires of %j the sections %j', (types, sections) => {
    expect(sectionsRequiredByAll(types)).toEqual(sections);
  });

  it('narrows an unknown type by the file: a supplement file is a Supplement, any other one of the rest', () => {
    expect(possibleTypes(null, 'supplement')).toEqual(['Supplement']);
    expect(possibleTypes(null, 'document')).toEqual(['Procedural', 'Standard', 'Decision Record']);
    expect(possibleTypes('Decision Record', 'document')).toEqual(['Decision Record']);
  });

  it('skips templates', () => {
    expect(check('scs-XXXX-v1-standard-template.md', STANDARD, 'Text.\n')).toEqual([]);
  });
});
