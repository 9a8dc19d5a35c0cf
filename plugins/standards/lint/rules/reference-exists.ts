// `replaces`, `replaced_by` and `supplements` are links the portal follows to
// draw version chains and attach supplements; each must land on a real
// document of the right kind, or the page shows a dead end.
import type { StandardDocument } from '../../model/document.js';
import type { Registry } from '../../model/registry.js';
import { editDistance } from '../../parse/fields.js';
import type { CorpusRule } from '../rule.js';

type ReferenceKey = 'replaces' | 'replaced_by' | 'supplements';
const FIELDS: Array<[ReferenceKey, 'replaces' | 'replacedBy' | 'supplements']> = [
  ['replaces', 'replaces'],
  ['replaced_by', 'replacedBy'],
  ['supplements', 'supplements'],
];

export const rule: CorpusRule = {
  meta: {
    id: 'reference-exists',
    description: '`replaces`, `replaced_by` and `supplements` name existing documents of the right kind.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a `replaces` entry without its `.md`',
        file: 'scs-0100-v3-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\nreplaces: [scs-0100-v2-flavor-naming]\n---\n\n## Introduction\n\nThe third version drops the disk suffix.\n',
        others: { 'scs-0100-v1-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-15\n---\n\n## Introduction\n\nFlavor names follow one scheme.\n', 'scs-0100-v2-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-11-01\nreplaces: [scs-0100-v1-flavor-naming.md]\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n' },
        findings: ['6:1 Unexpected `replaces` entry `scs-0100-v2-flavor-naming`, expected the file name of an existing document (did you mean `scs-0100-v2-flavor-naming.md`?)'],
      },
      {
        title: 'the full file name of an existing version',
        file: 'scs-0100-v3-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\nreplaces: [scs-0100-v2-flavor-naming.md]\n---\n\n## Introduction\n\nThe third version drops the disk suffix.\n',
        others: { 'scs-0100-v1-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-15\n---\n\n## Introduction\n\nFlavor names follow one scheme.\n', 'scs-0100-v2-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-11-01\nreplaces: [scs-0100-v1-flavor-naming.md]\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n' },
        findings: [],
      },
    ],
  },
  scope: 'corpus',
  check({ registry }) {
    return registry.documents.flatMap((document) => {
      if (document.kind === 'template') return [];
      return FIELDS.flatMap(([key, field]) =>
        document[field].flatMap((name) => {
          const message = checkReference(registry, document, key, name);
          return message ? [{ path: document.path, message, span: document.fieldSpans[key] }] : [];
        }),
      );
    });
  },
};

function checkReference(registry: Registry, document: StandardDocument, key: ReferenceKey, name: string): string | null {
  if (key === 'supplements' && document.kind !== 'supplement') {
    return `Unexpected \`supplements\` entry \`${name}\` in a ${document.kind}, expected \`supplements\` only in a supplement (scs-NNNN-wN-…)`;
  }
  const target = registry.byFileName.get(name);
  if (!target) {
    const guess = closestFileName(registry, name, document);
    return `Unexpected \`${key}\` entry \`${name}\`, expected the file name of an existing document${guess ? ` (did you mean \`${guess}\`?)` : ''}`;
  }
  if (target === document) return `Unexpected \`${key}\` entry naming this document itself, expected another document`;
  if (target.kind === 'template') return `Unexpected template \`${name}\` in \`${key}\`, expected a document`;
  if (key === 'supplements') {
    return target.kind === 'supplement' ? `Unexpected supplement \`${name}\` in \`supplements\`, expected a document version (vN), not another supplement` : null;
  }
  // Versions replace versions and supplements replace supplements.
  if ((target.kind === 'supplement') !== (document.kind === 'supplement')) {
    const expected = document.kind === 'supplement' ? 'another supplement (wN)' : 'a document version (vN)';
    return `Unexpected ${target.kind} \`${name}\` in \`${key}\`, expected ${expected}`;
  }
  return null;
}

/** The likeliest meant file name; never the referring document itself, which cannot be the answer. */
function closestFileName(registry: Registry, name: string, self: StandardDocument): string | undefined {
  const withSuffix = registry.byFileName.get(`${name}.md`);
  if (withSuffix && withSuffix !== self) return withSuffix.fileName;
  let best: { fileName: string; distance: number } | undefined;
  for (const other of registry.documents) {
    if (other.kind === 'template' || other === self) continue;
    const distance = editDistance(name, other.fileName);
    if (distance <= 3 && (!best || distance < best.distance)) best = { fileName: other.fileName, distance };
  }
  return best?.fileName;
}
