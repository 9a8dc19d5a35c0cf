import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './front-matter.js';

// Each YAML mistake as an author makes it, and the exact finding: line:column, rule id, message.
const findings = (yaml: string) =>
  parseFrontMatter(`---\n${yaml}\n---\nBody\n`).findings.map((finding) => `${finding.span?.start.line}:${finding.span?.start.column} ${finding.ruleId} ${finding.message}`);

describe('YAML syntax errors name the field and the likely fix', () => {
  it('leaves an anchor that an alias uses alone', () => {
    expect(findings('title: A\nauthors: &team [Ada]\nsupplements: *team')).toEqual([]);
  });

  it.each([
    [
      'a value containing `: `',
      'title: Naming: the rules\ntype: Standard',
      ['2:8 front-matter-syntax Unexpected `: ` inside the value of `title` (YAML reads it as a new field), expected the value in quotes: `title: "Naming: the rules"`'],
    ],
    [
      'a tab used for indentation',
      'title: A\nauthors:\n\t- Ada',
      ['4:1 front-matter-syntax Unexpected tab used for indentation in `authors`, expected spaces (two per level, e.g. `  - item`)'],
    ],
    [
      'an unterminated double quote',
      'title: "Flavor names\ntype: Standard\nstatus: Draft',
      ['2:8 front-matter-syntax Unexpected unterminated " quote in the value of `title`, expected a closing " at the end of the value on the same line'],
    ],
    [
      'an unterminated single quote',
      "title: A\ndescription: 'What it is\ntrack: IaaS",
      ["3:14 front-matter-syntax Unexpected unterminated ' quote in the value of `description`, expected a closing ' at the end of the value on the same line"],
    ],
    [
      'a value starting with `@`',
      'title: A\nauthors: @ada',
      ['3:10 front-matter-syntax Unexpected `@` at the start of the value of `authors` (YAML reserves `@`), expected the value in quotes: `authors: "@ada"`'],
    ],
    [
      'a value starting with a backtick',
      'title: `code` names',
      ['2:8 front-matter-syntax Unexpected `` ` `` at the start of the value of `title` (YAML reserves the backtick), expected the value in quotes: `title: "`code` names"`'],
    ],
    [
      'a value starting with `%`',
      'title: %YAML names',
      ['2:8 front-matter-syntax Unexpected `%` at the start of the value of `title` (YAML reads `%` as the start of a directive), expected the value in quotes: `title: "%YAML names"`'],
    ],
    [
      'a value starting with `*` meant as text',
      'title: *bold* names',
      ['2:8 front-matter-syntax Unexpected `*` at the start of the value of `title` (YAML reads `*` as an alias to an anchor), expected the value in quotes: `title: "*bold* names"`'],
    ],
    [
      'a value starting with `&` meant as text (YAML would drop it silently)',
      'title: &Co names',
      ['2:8 front-matter-syntax Unexpected anchor `&Co` at the start of the value of `title` (YAML reads `&` as an anchor and leaves it out of the value), expected the value in quotes if `&Co` is text'],
    ],
    [
      'an unclosed list',
      'title: A\nstatus: [Draft\ntrack: IaaS',
      ['3:9 front-matter-syntax Unexpected unclosed `[` in the value of `status`, expected a closing `]` on the same line, or the value in quotes if it is text: `status: "[Draft"`'],
    ],
    [
      'a list followed by more text',
      'title: [Draft] names',
      ['2:16 front-matter-syntax Unexpected text after the closing bracket in the value of `title`, expected a list alone or the whole value in quotes: `title: "[Draft] names"`'],
    ],
    [
      'an indented line below a field',
      'title: A\n  type: Standard',
      ['3:1 front-matter-syntax Unexpected indented line below `title`, expected every field to start at the beginning of its line'],
    ],
    [
      'a duplicate key',
      'title: A\nstatus: Draft\ntrack: IaaS\nstatus: Stable',
      ['5:1 front-matter-duplicate-key Unexpected duplicate key `status` (first written on line 3), expected each front-matter field once: keep one `status` line'],
    ],
  ])('%s', (_, yaml, expected) => {
    expect(findings(yaml)).toEqual(expected);
  });
});
