import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const lint = (lines: string[], fileName = 'scs-0100-v1-a.md') =>
  lintFixture({ [fileName]: documentText(lines) }, { rules: ['front-matter-unknown-key'] });

describe('front-matter-unknown-key', () => {
  it('accepts every field of the schema', async () => {
    const lines = [
      ...standardFields({ status: 'Deprecated', deprecated_at: '2025-01-01' }),
      'description: Short.',
      'replaces: []',
      'replaced_by: [scs-0100-v2-a.md]',
      'authors: [A Person]',
    ];
    expect(await lint(lines)).toEqual([]);
  });

  it('leaves a former key to front-matter-canonical-form, unless the current one is written too', async () => {
    expect(await lint([...standardFields(), 'author: [A Person]'])).toEqual([]);
    expect(await lint([...standardFields(), 'authors: [A Person]', 'author: [B Person]'])).toEqual([
      'scs-0100-v1-a.md:8:1 warning Unexpected unknown key `author`, did you mean `authors`?',
    ]);
  });

  it('skips templates', async () => {
    expect(await lint([...standardFields(), 'anything: goes'], 'scs-XXXX-v1-template.md')).toEqual([]);
  });

  it.each([
    ['state: Draft', 'Unexpected unknown key `state`, did you mean `status`?'],
    ['stabilised_at: 2024-01-01', 'Unexpected unknown key `stabilised_at`, did you mean `stabilized_at`?'],
    ['Title: Example', 'Unexpected unknown key `Title`, did you mean `title`?'],
    ['stabilzed_at: 2024-01-01', 'Unexpected unknown key `stabilzed_at`, did you mean `stabilized_at`?'],
    [
      'version: 3',
      'Unexpected unknown key `version`, expected one of `title`, `type`, `status`, `track`, `description`, `stabilized_at`, `deprecated_at`, `rejected_at`, `replaces`, `replaced_by`, `supplements`, `authors`',
    ],
  ])('warns about %s', async (line, message) => {
    expect(await lint([...standardFields(), line])).toEqual([`scs-0100-v1-a.md:7:1 warning ${message}`]);
  });
});
