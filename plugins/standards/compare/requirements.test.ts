import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../markdown/markdown-parse.js';
import { findRequirementsInTree, requirementKeywords, splitSentences } from './requirements.js';

describe('requirementKeywords', () => {
  it.each([
    ['A cloud MUST offer it.', ['MUST']],
    ['It MUST NOT and SHOULD NOT, but MAY.', ['MUST NOT', 'SHOULD NOT', 'MAY']],
    ['RECOMMENDED, NOT RECOMMENDED and OPTIONAL', ['RECOMMENDED', 'NOT RECOMMENDED', 'OPTIONAL']],
    ['must, should and may in lower case are prose', []],
    ['MUSTARD and MAYBE are not keywords', []],
    // RFC 2119 has them, scs-0001 does not use them: not keywords here.
    ['It SHALL be REQUIRED', []],
  ])('%s', (text, expected) => {
    expect(requirementKeywords(text)).toEqual(expected);
  });
});

describe('splitSentences', () => {
  it('splits at a full stop before a capital, not at abbreviations or version numbers', () => {
    expect(splitSentences('Use v1.2 here, e.g. the small one. Then stop! Why? 3 reasons.').map((sentence) => sentence.text)).toEqual([
      'Use v1.2 here, e.g. the small one.',
      'Then stop!',
      'Why?',
      '3 reasons.',
    ]);
  });
  it('gives the offset of each sentence', () => {
    expect(splitSentences('One.  Two.')).toEqual([
      { text: 'One.', offset: 0 },
      { text: 'Two.', offset: 6 },
    ]);
  });
});

describe('findRequirementsInTree', () => {
  const find = (markdown: string) => findRequirementsInTree(parseMarkdown(markdown));

  it('finds requirement sentences in paragraphs, lists and quotes, with their lines', () => {
    expect(find('Intro text. A name MUST be short.\nIt SHOULD be\nreadable.\n\n- Providers MAY add more.\n\n> Readers MUST NOT guess.\n')).toEqual([
      { text: 'A name MUST be short.', keywords: ['MUST'], line: 1 },
      { text: 'It SHOULD be readable.', keywords: ['SHOULD'], line: 2 },
      { text: 'Providers MAY add more.', keywords: ['MAY'], line: 5 },
      { text: 'Readers MUST NOT guess.', keywords: ['MUST NOT'], line: 7 },
    ]);
  });

  it('reads a table row as one sentence and skips code, headings and keywords in code spans', () => {
    expect(find('## Fields MUST\n\n| Field | Rule |\n| --- | --- |\n| `name` | MUST be set |\n| `MUST` | a value |\n\n```\nMUST in code\n```\n\nThe value `MUST` is a string.\n')).toEqual([
      { text: 'name | MUST be set', keywords: ['MUST'], line: 5 },
    ]);
  });
});
