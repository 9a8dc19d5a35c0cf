// A status only moves forward, one step at a time, as the transitions table
// says (model/transitions.ts): a Rejected or Deprecated version is not
// revived, and a Draft is not deprecated without having been Stable.
import { isSkippedStatusChange, isAllowedStatusChange, TRANSITIONS } from '../../model/transitions.js';
import { checkBasePairs } from '../base-pairs.js';
import type { CorpusRule } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'history-status-transition',
    description: 'With `--base`: a status moves only forward, one lifecycle step at a time.',
    defaultSeverity: 'error',
  },
  scope: 'corpus',
  check(context) {
    return checkBasePairs(context, (now, before, base) => {
      if (now.status === null || before.status === null || isAllowedStatusChange(before.status, now.status)) return [];
      const next = TRANSITIONS.filter((transition) => transition.from === before.status).map((transition) => transition.to);
      const expected = isSkippedStatusChange(before.status, now.status)
        ? `expected one step at a time: ${before.status} to ${next.join(' or ')} first`
        : next.length > 0
          ? `expected ${before.status} or the next step, ${next.join(' or ')}; a status does not move back`
          : `expected ${before.status} to stay: it is final, and a returning idea starts a new version or proposal`;
      return [
        {
          message: `Unexpected status change from ${before.status} to ${now.status} since ${base.ref}, ${expected}`,
          span: now.fieldSpans.status ?? { start: { line: 1, column: 1 } },
        },
      ];
    });
  },
};
