import { describe, expect, it } from 'vitest';
import { withBracketTitles } from './admonitions.js';
import { renderBody } from './body.js';

const nodes = (markdown: string) => renderBody(markdown).nodes.filter((node) => node !== '\n');

describe('admonitions', () => {
  it.each([
    ['a note', ':::note\nRead this.\n:::', [['admonition', { type: 'note' }, ['p', 0, 'Read this.']]]],
    ['a title in brackets', ':::warning[Mind the gap]\nText\n:::', [['admonition', { type: 'warning', title: 'Mind the gap' }, ['p', 0, 'Text']]]],
    ['a title after the name', ':::info Before you start\nText\n:::', [['admonition', { type: 'info', title: 'Before you start' }, ['p', 0, 'Text']]]],
    ['an unknown name, kept as a block', ':::sidebar\nText\n:::', [['div', 0, ['p', 0, 'Text']]]],
  ])('%s', (_name, markdown, expected) => {
    expect(nodes(markdown)).toEqual(expected);
  });

  it('leaves `:name` in running text and `:::` in code alone', () => {
    expect(nodes(':::note\nRatio 1:2, see:this\n:::\n\n```\n:::tip Not a title\n```')).toEqual([
      ['admonition', { type: 'note' }, ['p', 0, 'Ratio 1:2, see:this']],
      ['pre', 0, ['code', 0, ':::tip Not a title\n']],
    ]);
  });
});

describe('withBracketTitles', () => {
  it.each([
    [':::note Title', ':::note[Title]'],
    ['  ::::tip A [linked] title', '  ::::tip[A \\[linked\\] title]'],
    [':::note[Already]', ':::note[Already]'],
    [':::note{#id}', ':::note{#id}'],
    ['```\n:::note Title\n```', '```\n:::note Title\n```'],
    ['~~~~md\n```\n:::note Title\n~~~~\n:::note After', '~~~~md\n```\n:::note Title\n~~~~\n:::note[After]'],
  ])('%j -> %j', (input, output) => {
    expect(withBracketTitles(input)).toBe(output);
  });
});
