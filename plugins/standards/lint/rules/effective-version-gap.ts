// Once a standard has had a version in force, certificates and readers expect
// one on every day after: a deprecation that takes effect before the next
// version does (v2 deprecated on June 1, v3 effective on December 1) leaves
// months in which nothing binds. Our procedural standard wants the old
// version kept "to migrate to the successor", but says no MUST about gaps:
// a warning. Gaps that ended before the lint day are history and cannot be
// changed (history-lifecycle-date), so only gaps that reach the lint day or
// lie ahead are reported. A standard retired on purpose says so with
// `replaced_by: []` and is no gap; one replaced by a document of another
// standard is covered while that one is in force.
import type { StandardDocument } from '../../model/document.js';
import type { CalendarDate } from '../../model/front-matter-schema.js';
import { addDays, isNormative, lifecycleStateAt, stateChangeDays } from '../../model/lifecycle.js';
import { allStandards, type Registry, type Standard } from '../../model/registry.js';
import { successorPlan, versionInForceAfter } from '../../model/replacement.js';
import type { CorpusRule } from '../rule.js';

/** A run of days without a version in force: from `from`, until the day before `until` (null: open-ended). */
export interface Gap {
  from: CalendarDate;
  until: CalendarDate | null;
}

/** Whether a reader of the standard has a version in force on `day`: one of its own, or a successor its versions name. */
function covered(registry: Registry, standard: Standard, day: CalendarDate): boolean {
  return standard.versions.some((version) => isNormative(lifecycleStateAt(version, day)) || versionInForceAfter(registry, version, day) !== null);
}

/** The gaps after the standard's first day with a version in force, oldest first. */
export function effectiveGaps(registry: Registry, standard: Standard): Gap[] {
  const gaps: Gap[] = [];
  let everCovered = false;
  let open: CalendarDate | null = null;
  // States change only on these days (of its versions and of the successors they lead to), so checking each of them checks every day.
  const reachable = standard.versions.flatMap((version) => {
    const plan = successorPlan(registry, version);
    return [version, ...plan.chain, ...plan.standards.flat()];
  });
  for (const day of stateChangeDays(reachable)) {
    const isCovered = covered(registry, standard, day);
    if (isCovered && open !== null) {
      gaps.push({ from: open, until: day });
      open = null;
    } else if (!isCovered && everCovered && open === null) open = day;
    everCovered ||= isCovered;
  }
  if (open !== null) gaps.push({ from: open, until: null });
  return gaps;
}

/** The versions whose deprecation takes effect on `day`, newest first. */
function endingOn(standard: Standard, day: CalendarDate): StandardDocument[] {
  return standard.versions.filter((version) => version.deprecatedAt === day).reverse();
}

export const rule: CorpusRule = {
  meta: {
    id: 'effective-version-gap',
    description: 'A standard that has had a version in force has one on every later day: no deprecation takes effect before the next version does.',
    defaultSeverity: 'warn',
    examples: [
      {
        title: 'linted on 2025-06-01: v2 is to end half a year before v3 takes effect',
        file: 'scs-0100-v2-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2023-03-01\ndeprecated_at: 2026-06-01\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n',
        others: { 'scs-0100-v3-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2026-12-01\nreplaces: [scs-0100-v2-flavor-naming.md]\n---\n\n## Introduction\n\nThe third version drops the disk suffix.\n' },
        findings: ['7:1 Unexpected gap without a version of scs-0100 in force from 2026-06-01 to 2026-11-30, expected `deprecated_at: 2026-12-01` or later, when `scs-0100-v3-flavor-naming.md` takes effect'],
      },
      {
        title: 'linted on 2025-06-01: v2 ends on the day v3 takes effect',
        file: 'scs-0100-v2-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2023-03-01\ndeprecated_at: 2026-12-01\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n',
        others: { 'scs-0100-v3-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2026-12-01\nreplaces: [scs-0100-v2-flavor-naming.md]\n---\n\n## Introduction\n\nThe third version drops the disk suffix.\n' },
        findings: [],
      },
    ],
  },
  scope: 'corpus',
  check({ registry, date }) {
    return allStandards(registry).flatMap((standard) =>
      effectiveGaps(registry, standard).flatMap((gap) => {
        if (gap.until !== null && gap.until <= date) return [];
        const ending = endingOn(standard, gap.from);
        // A gap opened by a successor of another standard ending: reported at the newest retired version.
        const version = ending[0] ?? standard.versions.filter((other) => other.deprecatedAt !== null).at(-1);
        if (!version) return [];
        // Retired on purpose: `replaced_by: []` written on every version that ends that day.
        if (gap.until === null && ending.length > 0 && ending.every((other) => other.fieldSpans.replaced_by !== undefined && other.replacedBy.length === 0)) return [];
        const span = version.fieldSpans.deprecated_at ?? version.fieldSpans.status ?? { start: { line: 1, column: 1 } };
        if (gap.until === null) {
          return [
            {
              path: version.path,
              message:
                `Unexpected gap without a version of ${standard.id} in force from ${gap.from} on, ` +
                `expected a successor in force by ${gap.from}, or \`replaced_by: []\` ${version.status === 'Deprecated' ? '' : 'once it is Deprecated '}if nothing takes the place of \`${version.fileName}\``,
              span,
            },
          ];
        }
        const next = standard.versions.find((other) => other.stabilizedAt === gap.until && isNormative(lifecycleStateAt(other, gap.until!)));
        return [
          {
            path: version.path,
            message:
              `Unexpected gap without a version of ${standard.id} in force from ${gap.from} to ${addDays(gap.until, -1)}, ` +
              `expected \`deprecated_at: ${gap.until}\` or later${next ? `, when \`${next.fileName}\` takes effect` : ''}`,
            span,
          },
        ];
      }),
    );
  },
};
