// Standards are untrusted input rendered on the portal: raw HTML that can run
// script, load other pages or send forms must not reach a reader's browser.
import type { Finding } from '../../report/diagnostic.js';
import { htmlTags, positionInNode, scriptScheme } from '../html-tags.js';
import { visitNodes } from '../../markdown/markdown.js';
import type { FileRule } from '../rule.js';

/** Elements that run script, embed other documents, redirect or submit data. */
const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'form', 'link']);

const MARKDOWN_URL_KINDS = { link: 'a link', image: 'an image', definition: 'a link definition' } as const;

export const rule: FileRule = {
  meta: {
    id: 'content-safety',
    description: 'No raw HTML that can carry script: script-like elements, event-handler attributes, `javascript:` URLs.',
    defaultSeverity: 'error',
  },
  scope: 'file',
  check({ tree }) {
    if (!tree) return [];
    const findings: Finding[] = [];
    visitNodes(tree, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        const scheme = scriptScheme(node.url);
        if (scheme && node.position) {
          findings.push({
            message: `Unexpected \`${scheme}\` URL in ${MARKDOWN_URL_KINDS[node.type]}, expected an http(s), mailto or relative URL`,
            span: { start: { line: node.position.start.line, column: node.position.start.column } },
          });
        }
        return;
      }
      if (node.type !== 'html') return;
      for (const tag of htmlTags(node.value)) {
        if (tag.closing) continue;
        const name = tag.name.toLowerCase();
        if (UNSAFE_ELEMENTS.has(name)) {
          findings.push({ message: `Unexpected \`<${name}>\` element, expected no raw HTML that can run script or load other content`, span: { start: positionInNode(node, tag.index) } });
        } else if (name === 'meta' && tag.attributes.some((attribute) => attribute.name.toLowerCase() === 'http-equiv')) {
          findings.push({ message: 'Unexpected `<meta http-equiv>` element, expected no raw HTML that can redirect or change how the page loads', span: { start: positionInNode(node, tag.index) } });
        }
        for (const attribute of tag.attributes) {
          const attributeName = attribute.name.toLowerCase();
          if (/^on/.test(attributeName)) {
            findings.push({ message: `Unexpected event-handler attribute \`${attributeName}\` on \`<${name}>\`, expected no attributes that run script`, span: { start: positionInNode(node, attribute.index) } });
            continue;
          }
          const scheme = attribute.value === null ? null : scriptScheme(attribute.value);
          if (scheme) {
            findings.push({ message: `Unexpected \`${scheme}\` URL in \`${attributeName}\` of \`<${name}>\`, expected an http(s), mailto or relative URL`, span: { start: positionInNode(node, attribute.index) } });
          }
        }
      }
    });
    return findings;
  },
};
