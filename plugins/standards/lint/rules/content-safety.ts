// Standards are untrusted input rendered on the portal. The portal makes a
// document's HTML safe with one sanitizer (render/document-hast.ts): an
// allowlist of passive elements, attributes and URL schemes. This rule runs
// that same function on the same tree and reports every change it makes, and
// every tag the Markdown parse had to cut because it would have hidden the rest
// of the document (see ../sanitizer-findings.ts). So a document either passes
// and renders as written, or gets a finding here.
import { bodySource } from '../../markdown/markdown.js';
import type { FileRule } from '../rule.js';

/** The render pipeline, loaded with the first file that has a body (see `load`). */
let pipeline: typeof import('../sanitizer-findings.js') | undefined;

export const rule: FileRule = {
  meta: {
    id: 'content-safety',
    description: 'Everything the portal\'s HTML sanitizer would remove or change: elements, attributes and URLs that are not known to be passive, and tags that would hide the rest of the document.',
    defaultSeverity: 'error',
  },
  scope: 'file',
  async load() {
    pipeline ??= await import('../sanitizer-findings.js');
  },
  check({ tree, document }) {
    if (!tree || !document) return [];
    if (!pipeline) throw new Error('the render pipeline was not loaded; call `rule.load()` first');
    return pipeline.sanitizerFindings(tree, bodySource(document), document.body);
  },
};
