import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../../parse/document.js';
import { documentText, lintFixture, standardFields } from '../testing.js';

const lint = (lines: string[], fileName = 'scs-0100-v2-a.md') =>
  lintFixture({ [fileName]: documentText(lines) }, { rules: ['front-matter-canonical-form'] });
const read = (lines: string[]) => parseDocumentFile('scs-0100-v2-a.md', documentText(lines)).document!;

describe('front-matter-canonical-form', () => {
  it.each([
    ['lists written as lists', ['replaces: [scs-0100-v1-a.md]', 'authors:', '  - Ada Example', '  - Image team']],
    ['an empty list', ['replaces: []']],
    ['a field under its current name', ['deprecated_at: 2025-01-01']],
  ])('accepts %s', async (_, lines) => {
    expect(await lint([...standardFields(), ...lines])).toEqual([]);
  });

  it('skips templates', async () => {
    expect(await lint([...standardFields(), 'replaces: scs-0100-v1-a.md'], 'scs-XXXX-v1-template.md')).toEqual([]);
  });

  it.each([
    ['replaces: scs-0100-v1-a.md', '7:11', 'Unexpected single string for `replaces`, expected a list: `replaces: [scs-0100-v1-a.md]`', { replaces: ['scs-0100-v1-a.md'] }],
    [
      'replaces: scs-0100-v1-a.md, scs-0101-v1-b.md',
      '7:11',
      'Unexpected several file names in one string for `replaces`, expected a list: `replaces: [scs-0100-v1-a.md, scs-0101-v1-b.md]`',
      { replaces: ['scs-0100-v1-a.md', 'scs-0101-v1-b.md'] },
    ],
    ['replaced_by: scs-0100-v3-a.md', '7:14', 'Unexpected single string for `replaced_by`, expected a list: `replaced_by: [scs-0100-v3-a.md]`', { replacedBy: ['scs-0100-v3-a.md'] }],
    ['supplements: scs-0100-v1-a.md', '7:14', 'Unexpected single string for `supplements`, expected a list: `supplements: [scs-0100-v1-a.md]`', { supplements: ['scs-0100-v1-a.md'] }],
    ['replaced_by:', '7:13', 'Unexpected empty value for `replaced_by`, expected a list (`replaced_by: []`) or no `replaced_by` line at all', { replacedBy: [] }],
    ['authors: Compute team', '7:10', 'Unexpected single string for `authors`, expected a list: `authors: [Compute team]`', { authors: ['Compute team'] }],
    [
      'authors: Ada Example, Image team; Bo Sample',
      '7:10',
      'Unexpected several names in one string for `authors`, expected a list: `authors: [Ada Example, Image team, Bo Sample]`',
      { authors: ['Ada Example', 'Image team', 'Bo Sample'] },
    ],
    [
      'authors: "Team #1, Ops: night shift"',
      '7:10',
      'Unexpected several names in one string for `authors`, expected a list: `authors: ["Team #1", "Ops: night shift"]`',
      { authors: ['Team #1', 'Ops: night shift'] },
    ],
    [
      'authors: [{name: Ada Example, github: ada}, Image team]',
      '7:10',
      'Unexpected mappings with `name` in `authors`, expected a list of names: `authors: [Ada Example, Image team]`',
      { authors: ['Ada Example', 'Image team'] },
    ],
    ['obsoleted_at: 2025-01-01', '7:1', 'Unexpected former key `obsoleted_at`, expected the current name `deprecated_at`', { deprecatedAt: '2025-01-01' }],
    ['author: Identity team', '7:1', 'Unexpected former key `author`, expected the current form `authors: [Identity team]`', { authors: ['Identity team'] }],
    ['author: [Identity team]', '7:1', 'Unexpected former key `author`, expected the current name `authors`', { authors: ['Identity team'] }],
  ])('warns once about `%s` and reads it as meant', async (line, position, message, meant) => {
    expect(await lint([...standardFields(), line])).toEqual([`scs-0100-v2-a.md:${position} warning ${message}`]);
    expect(read([...standardFields(), line])).toMatchObject(meant);
  });
});
