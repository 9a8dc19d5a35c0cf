// A lifecycle date that has been reached is history: certificates and feeds
// were issued on it. It may be moved while it lies in the future (an
// announced date postponed), never once it has passed.
import type { StandardDocument } from '../../model/document.js';
import { LIFECYCLE_DATE_FIELDS } from '../../model/transitions.js';
import { checkBasePairs } from '../base-pairs.js';
import type { CorpusRule } from '../rule.js';

const FIELD: Record<(typeof LIFECYCLE_DATE_FIELDS)[number], 'stabilizedAt' | 'deprecatedAt' | 'rejectedAt'> = {
  stabilized_at: 'stabilizedAt',
  deprecated_at: 'deprecatedAt',
  rejected_at: 'rejectedAt',
};

export const rule: CorpusRule = {
  meta: {
    id: 'history-lifecycle-date',
    description: 'With `--base`: `stabilized_at`, `deprecated_at` and `rejected_at` do not change once set and passed.',
    defaultSeverity: 'error',
  },
  scope: 'corpus',
  check(context) {
    return checkBasePairs(context, (now, before) =>
      LIFECYCLE_DATE_FIELDS.flatMap((key) => {
        const was = before[FIELD[key]];
        const is = (now as StandardDocument)[FIELD[key]];
        if (was === null || was > context.date || is === was) return [];
        return [
          {
            message:
              is === null
                ? `Unexpected removal of \`${key}: ${was}\`, expected a lifecycle date that has passed to stay as it is`
                : `Unexpected change of \`${key}\` from ${was} to ${is}, expected a lifecycle date that has passed to stay as it is`,
            span: now.fieldSpans[key] ?? { start: { line: 1, column: 1 } },
          },
        ];
      }),
    );
  },
};
