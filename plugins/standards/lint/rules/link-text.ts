// "See scs-0102" that links to scs-0103 is a citation error a reviewer rarely
// spots: the text and the address both name a standard, and they disagree.
import type { Finding } from '../../report/diagnostic.js';
import { buildOutline } from '../../markdown/outline.js';
import type { FileRule } from '../rule.js';

interface StandardName {
  number: string;
  /** `v2` or `w1`; null when only the number is named. */
  version: string | null;
}

const IN_TEXT = /\bscs-(\d{4})(?:-([vw]\d+))?\b/gi;
const IN_PATH = /(?:^|\/)scs-(\d{4})(?:-([vw]\d+))?(?=[-/.]|$)/gi;

export const rule: FileRule = {
  meta: {
    id: 'link-text',
    description: 'A link whose text names one standard (e.g. `scs-0102`) points to that standard, not another.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'the text names one standard, the link goes to another',
        file: 'scs-0104-v1-standard-images.md',
        text: '---\ntitle: Standard images\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nImages carry the properties of [scs-0102](scs-0103-v1-standard-flavors.md).\n',
        findings: [
          '10:32 Unexpected link text naming `scs-0102` for a link to `scs-0103-v1`, expected the text and the target to name the same standard',
        ],
      },
      {
        title: 'text and target name the same standard, or the text names none',
        file: 'scs-0104-v1-standard-images.md',
        text: '---\ntitle: Standard images\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nImages carry the properties of [scs-0102](scs-0102-v1-image-metadata.md); see also the [standard flavors](scs-0103-v1-standard-flavors.md).\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ tree }) {
    if (!tree) return [];
    const findings: Finding[] = [];
    for (const link of buildOutline(tree).links) {
      if (link.kind !== 'link' && link.kind !== 'reference') continue;
      const named = namedInText(link.text);
      const target = namedInUrl(link.url);
      if (!named || !target || agree(named, target)) continue;
      findings.push({
        message: `Unexpected link text naming \`${label(named)}\` for a link to \`${label(target)}\`, expected the text and the target to name the same standard`,
        span: { start: { line: link.line, column: link.column }, end: { line: link.endLine, column: link.endColumn } },
      });
    }
    return findings;
  },
};

/** The one standard a text names; null for none, or for several (a list of standards is not a citation). */
function namedInText(text: string): StandardName | null {
  const names = [...text.matchAll(IN_TEXT)].map((match) => ({ number: match[1]!, version: match[2]?.toLowerCase() ?? null }));
  const numbers = new Set(names.map((name) => name.number));
  if (numbers.size !== 1) return null;
  return names.find((name) => name.version !== null) ?? names[0]!;
}

/** The standard the last `scs-NNNN` segment of a URL's path names (file, page or status page). */
function namedInUrl(url: string): StandardName | null {
  const path = url.split(/[#?]/)[0] ?? '';
  const match = [...path.matchAll(IN_PATH)].at(-1);
  return match ? { number: match[1]!, version: match[2]?.toLowerCase() ?? null } : null;
}

function agree(named: StandardName, target: StandardName): boolean {
  if (named.number !== target.number) return false;
  return named.version === null || target.version === null || named.version === target.version;
}

const label = (name: StandardName) => `scs-${name.number}${name.version ? `-${name.version}` : ''}`;
