import { describe, expect, it } from 'vitest';
import { documentText, lintFixture, standardFields } from '../testing.js';

const lint = (lines: string[]) => lintFixture({ 'scs-0100-v1-a.md': documentText(lines) }, { rules: ['front-matter-duplicate-key'] });

describe('front-matter-duplicate-key', () => {
  it('accepts each key once', async () => {
    expect(await lint(standardFields())).toEqual([]);
  });

  it('reports the second occurrence of a key', async () => {
    expect(await lint([...standardFields(), 'status: Draft'])).toEqual([
      'scs-0100-v1-a.md:7:1 error Unexpected duplicate key `status` (first written on line 4), expected each front-matter field once: keep one `status` line',
    ]);
  });

  it('reports every repeated key', async () => {
    expect(await lint([...standardFields(), 'title: Again', 'track: KaaS'])).toEqual([
      'scs-0100-v1-a.md:7:1 error Unexpected duplicate key `title` (first written on line 2), expected each front-matter field once: keep one `title` line',
      'scs-0100-v1-a.md:8:1 error Unexpected duplicate key `track` (first written on line 5), expected each front-matter field once: keep one `track` line',
    ]);
  });
});
