import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const lint = (lines: string[]) => lintFixture({ 'scs-0100-v1-a.md': documentText(lines) }, { rules: ['front-matter-duplicate-key'] });

describe('front-matter-duplicate-key', () => {
  it('accepts each key once', async () => {
    expect(await lint(standardFields())).toEqual([]);
  });

  it('reports the second occurrence of a key', async () => {
    expect(await lint([...standardFields(), 'status: Draft'])).toEqual([
      'scs-0100-v1-a.md:7:1 error Unexpected duplicate key, expected each front-matter field once',
    ]);
  });

  it('reports every repeated key', async () => {
    expect(await lint([...standardFields(), 'title: Again', 'track: KaaS'])).toEqual([
      'scs-0100-v1-a.md:7:1 error Unexpected duplicate key, expected each front-matter field once',
      'scs-0100-v1-a.md:8:1 error Unexpected duplicate key, expected each front-matter field once',
    ]);
  });
});
