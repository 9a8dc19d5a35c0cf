// A standard that links to a document, heading or portal page that does not
// exist sends readers (and auditors) nowhere. Relative links, links to the
// portal's own URL and `#anchors` are all resolved against the corpus.
import GithubSlugger from 'github-slugger';
import type { Finding } from '../../report/diagnostic.js';
import { anchorsOf, buildLinkIndex, closestAnchors, nearest, resolveLink, type LinkIndex } from '../link-resolution.js';
import type { OutlineLink } from '../../markdown/outline.js';
import type { CorpusRule, FileSummary } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'link-target',
    description: 'Relative links, links to other standards and to the portal itself, and their `#anchors`, point at something that exists.',
    defaultSeverity: 'error',
    options: ['siteUrl', 'standardsPath'],
    examples: [
      {
        title: 'an anchor written in the heading\'s case',
        file: 'scs-0101-v1-entropy.md',
        text: '---\ntitle: Entropy\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nImages name their entropy source as in [image names](scs-0102-v1-image-metadata.md#Image-Names).\n',
        others: { 'scs-0102-v1-image-metadata.md': '---\ntitle: Image metadata\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-01\n---\n\n## Introduction\n\nImages carry metadata.\n\n## Image names\n\nNames start with the distribution.\n' },
        findings: ['10:40 Unexpected link to missing anchor `#Image-Names` in `scs-0102-v1-image-metadata.md`, expected the anchor of a heading; did you mean `scs-0102-v1-image-metadata.md#image-names`?'],
      },
      {
        title: 'a relative link, a portal URL and a local anchor that all resolve',
        file: 'scs-0101-v1-entropy.md',
        text: '---\ntitle: Entropy\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nImages name their entropy source as in [image names](scs-0102-v1-image-metadata.md#image-names)\n(also on the [portal](https://docs.scs.community/standards/scs-0102-v1-image-metadata#image-names)); see the [introduction](#introduction).\n',
        others: { 'scs-0102-v1-image-metadata.md': '---\ntitle: Image metadata\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-01\n---\n\n## Introduction\n\nImages carry metadata.\n\n## Image names\n\nNames start with the distribution.\n' },
        findings: [],
      },
    ],
  },
  scope: 'corpus',
  check({ files, options }) {
    const index = buildLinkIndex(files, options);
    const findings: Array<Finding & { path: string }> = [];
    for (const file of files) {
      for (const link of file.outline?.links ?? []) {
        if (link.kind === 'reference') continue; // its definition is checked
        const message = problemWith(link, file, index);
        if (message) findings.push({ path: file.path, message, span: { start: { line: link.line, column: link.column }, end: { line: link.endLine, column: link.endColumn } } });
      }
    }
    return findings;
  },
};

function problemWith(link: OutlineLink, from: FileSummary, index: LinkIndex): string | null {
  const resolution = resolveLink(link.url, from.path, index);
  if (resolution.kind === 'page' && !resolution.exists) {
    const suggestion = nearest(resolution.name, [...index.byId.keys()]);
    return `Unexpected link to missing portal page \`${link.url}\`, expected a standard, track or document page${didYouMean(link.url, resolution.name, suggestion)}`;
  }
  if (resolution.kind !== 'document') return null;
  const { target, name, anchor } = resolution;
  if (!target) {
    // The linking document is never the fix for a link that meant another one.
    const others = [...index.byId.keys()].filter((id) => id !== from.document?.id);
    const suggestion = sameVersionOtherSlug(name, others) ?? nearest(name, others);
    return `Unexpected link to missing document \`${link.url}\`, expected an existing standards document${didYouMean(link.url, name, suggestion)}`;
  }
  if (anchor === null || anchor === '') return null;
  const anchors = anchorsOf(target);
  if (!anchors || anchors.includes(anchor)) return null;
  const suggestion = anchors.includes(GithubSlugger.slug(anchor)) ? GithubSlugger.slug(anchor) : nearest(anchor, anchors);
  const where = target === from ? 'this document' : `\`${target.path.split('/').pop()}\``;
  const missing = `Unexpected link to missing anchor \`#${anchor}\` in ${where}, expected the anchor of a heading`;
  // The likely typo as a link to paste, then up to three close anchors of the target in all.
  const close = closestAnchors(anchor, anchors).filter((candidate) => candidate !== suggestion);
  const listed = (list: string[]) => list.map((candidate) => `\`#${candidate}\``).join(', ');
  if (suggestion !== undefined) {
    const others = close.slice(0, 2);
    return `${missing}${didYouMean(link.url, `#${anchor}`, `#${suggestion}`)}${others.length > 0 ? ` Other close anchors: ${listed(others)}` : ''}`;
  }
  return close.length > 0 ? `${missing}; the closest ${close.length === 1 ? 'is' : 'are'} ${listed(close)}` : missing;
}

/** `scs-0102-v1-image-metadta` -> the file with the same number and version, whatever its slug. */
function sameVersionOtherSlug(name: string, ids: readonly string[]): string | undefined {
  const prefix = /^scs-\d{4}-[vw]\d+-/.exec(name)?.[0];
  return prefix ? ids.find((id) => id.startsWith(prefix)) : undefined;
}

/** The link as written with the wrong part replaced: a fix the author can paste. */
function didYouMean(url: string, wrong: string, right: string | undefined): string {
  if (right === undefined) return '';
  const at = url.lastIndexOf(wrong);
  return `; did you mean \`${at < 0 ? right : url.slice(0, at) + right + url.slice(at + wrong.length)}\`?`;
}
