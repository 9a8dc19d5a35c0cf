// A Stable standard is what clouds were certified against. Its text may get
// editorial fixes, but a change of substance belongs in a new version; the
// linter cannot tell the two apart, so it asks the reviewer to confirm.
import { checkBasePairs } from '../base-pairs.js';
import type { CorpusRule } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'history-stable-body',
    description: 'With `--base`: the text of a Stable document changed (a reviewer confirms the change is editorial).',
    defaultSeverity: 'warn',
  },
  scope: 'corpus',
  check(context) {
    return checkBasePairs(context, (now, before) => {
      if (before.status !== 'Stable' || now.body === before.body) return [];
      const oldLines = before.body.split('\n');
      const newLines = now.body.split('\n');
      let index = 0;
      while (index < newLines.length && oldLines[index] === newLines[index]) index += 1;
      return [
        {
          message: `Unexpected change to the text of Stable \`${now.fileName}\`, expected only editorial fixes; a change that could make a conforming implementation non-conforming needs a new version`,
          span: { start: { line: now.bodyLine + Math.min(index, newLines.length - 1), column: 1 } },
        },
      ];
    });
  },
};
