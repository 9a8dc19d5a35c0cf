// Found by the parser (see parse/fields.ts); this rule gives the id its severity and docs.
// A warning, never an error: the value is read as meant, so nothing else breaks,
// and a corpus written before the canonical forms still builds.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'front-matter-canonical-form',
    description: 'Forms found in older documents (a single string for a list, names in one string, a former key) are read as meant and the canonical form suggested.',
    defaultSeverity: 'warn',
    fixable: true,
    examples: [
      {
        title: 'older forms, read as meant; `--fix` writes the canonical ones in place, comments kept',
        file: 'scs-0100-v2-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\nreplaces: scs-0100-v1-flavor-naming.md  # the first version\nauthors: Ada Example, Image team\nobsoleted_at: 2026-06-30\n---\n\n## Introduction\n',
        findings: [
          '6:11 Unexpected single string for `replaces`, expected a list: `replaces: [scs-0100-v1-flavor-naming.md]`',
          '7:10 Unexpected several names in one string for `authors`, expected a list: `authors: [Ada Example, Image team]`',
          '8:1 Unexpected former key `obsoleted_at`, expected the current name `deprecated_at`',
        ],
        fixed: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\nreplaces: [scs-0100-v1-flavor-naming.md]  # the first version\nauthors: [Ada Example, Image team]\ndeprecated_at: 2026-06-30\n---\n\n## Introduction\n',
      },
      {
        title: 'people as mappings: reported, not fixed, since the other keys would be lost',
        file: 'scs-0100-v2-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\nauthors:\n  - name: Ada Example\n    github: ada\n---\n\n## Introduction\n',
        findings: ['7:3 Unexpected mappings with `name` in `authors`, expected a list of names: `authors: [Ada Example]`'],
      },
      {
        title: 'the current forms: lists in brackets or as items, and current key names',
        file: 'scs-0100-v2-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\nreplaces: [scs-0100-v1-flavor-naming.md]\nauthors:\n  - Ada Example\n  - Image team\n---\n\n## Introduction\n',
        findings: [],
      },
    ],
  },
  { skipTemplates: true },
);
