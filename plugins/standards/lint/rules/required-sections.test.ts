import { describe, expect, it } from 'vitest';
import { fileContext, formatFindings, withFrontMatter } from '../markdown-test-kit.js';
import { rule } from './required-sections.js';

const STANDARD = 'title: Entropy\ntype: Standard\nstatus: Draft\ntrack: IaaS';
const DECISION = 'title: Volume types\ntype: Decision Record\nstatus: Draft\ntrack: IaaS';
const PROCEDURAL = 'title: Lifecycle\ntype: Procedural\nstatus: Draft\ntrack: Global';

const check = (name: string, frontMatter: string, body: string) => formatFindings(rule.check(fileContext(name, withFrontMatter(body, frontMatter))));

describe('required-sections', () => {
  it.each([
    ['a Standard with its three sections', STANDARD, '## Introduction\n\n## Motivation\n\n## Conformance Tests\n'],
    ['sections matched regardless of case and spacing', STANDARD, '## introduction\n\n## MOTIVATION\n\n## Conformance  tests\n'],
    ['sections with a custom anchor', STANDARD, '## Introduction {#intro}\n\n## Motivation\n\n## Conformance Tests\n'],
    ['a Decision Record with its three sections', DECISION, '## Abstract\n\n## Context\n\n### Options\n\n## Decision\n'],
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
    ['a section at the wrong level', DECISION, '## Abstract\n\n## Context\n\n### Decision\n', [
      '11:1 Unexpected level-3 heading `Decision`, expected the required section at level 2: `## Decision`',
    ]],
    ['a near miss, which is not the section', DECISION, '## Abstract\n\n## Context\n\n## Decisions\n', [
      '3:1 Missing section `## Decision`, expected every Decision Record to have it',
    ]],
  ])('reports %s', (_, frontMatter, body, expected) => {
    expect(check('scs-0101-v1-entropy.md', frontMatter, body)).toEqual(expected);
  });

  it('skips templates', () => {
    expect(check('scs-XXXX-v1-standard-template.md', STANDARD, 'Text.\n')).toEqual([]);
  });
});
