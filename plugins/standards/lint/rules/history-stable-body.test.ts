import { describe, expect, it } from 'vitest';
import { lintAgainstBase } from '../../history/testing.js';
import { documentText, standardFields } from '../testing.js';

const FILE = 'scs-0100-v1-a.md';
const BODY = '## Introduction\n\nClouds MUST offer one flavor.\n\n## Motivation\n\nWhy.\n';
const lint = (base: Record<string, string>, now: Record<string, string>) => lintAgainstBase(base, now, { rules: ['history-stable-body'] });

describe('history-stable-body', () => {
  it.each([
    ['a Stable text unchanged, front matter edited', { [FILE]: documentText(standardFields(), BODY) }, { [FILE]: documentText(standardFields({ description: 'One.' }), BODY) }],
    ['a Draft text changed', { [FILE]: documentText(standardFields({ status: 'Draft', stabilized_at: null }), BODY) }, { [FILE]: documentText(standardFields({ status: 'Draft', stabilized_at: null }), BODY.replace('one', 'two')) }],
  ])('accepts %s', async (_, base, now) => {
    expect(await lint(base, now)).toEqual([]);
  });

  it('warns at the first changed line of a Stable text', async () => {
    expect(await lint({ [FILE]: documentText(standardFields(), BODY) }, { [FILE]: documentText(standardFields(), BODY.replace('one flavor', 'two flavors')) })).toEqual([
      `${FILE}:11:1 warning Unexpected change to the text of Stable \`${FILE}\`, expected only editorial fixes; a change that could make a conforming implementation non-conforming needs a new version`,
    ]);
  });
});
