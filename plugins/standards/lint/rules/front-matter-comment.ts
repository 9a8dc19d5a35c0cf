// Found by the parser (see parse/front-matter.ts, `lostToComments`); this rule
// gives the id its severity and docs. In YAML a space followed by `#` starts a
// comment, so `title: Sizes #1` is the title "Sizes": the rest is silently
// dropped. A warning, since our procedural standard does not define it.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'front-matter-comment',
    description: 'No part of a plain front-matter value is lost to a YAML comment (` #` followed directly by text, as in `title: Sizes #1`).',
    defaultSeverity: 'warn',
    examples: [
      {
        title: 'a title that loses `#2` to a comment, and an author that loses `#blue`',
        file: 'scs-0100-v1-flavor-naming.md',
        text: '---\ntitle: Flavor naming #2\ntype: Standard\nstatus: Draft\ntrack: IaaS\nauthors:\n  - Team #blue\n---\n\n## Introduction\n',
        findings: [
          '2:22 Unexpected comment `#2` after the value of `title` (YAML reads ` #` as the start of a comment, so the value is `Flavor naming`), expected the whole value in quotes if `#2` belongs to it: `title: "Flavor naming #2"`',
          '7:10 Unexpected comment `#blue` after an item of `authors` (YAML reads ` #` as the start of a comment, so the value is `Team`), expected the whole value in quotes if `#blue` belongs to it: `- "Team #blue"`',
        ],
      },
      {
        title: 'the value in quotes, and comments written as comments',
        file: 'scs-0100-v1-flavor-naming.md',
        text: '---\ntitle: "Flavor naming #2"\ntype: Standard\nstatus: Draft  # until the review\ntrack: IaaS # one of Global, IaaS, KaaS, IAM, Ops, Scopes\n---\n\n## Introduction\n',
        findings: [],
      },
    ],
  },
  { skipTemplates: false },
);
