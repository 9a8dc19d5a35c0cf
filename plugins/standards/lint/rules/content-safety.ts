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
    examples: [
      {
        title: 'a script, an event handler and a script URL',
        file: 'scs-0122-v1-console-access.md',
        text: '---\ntitle: Console access\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\n<script>trackVisit()</script>\n\nOpen the <a href="javascript:openConsole()">console</a> or <b onclick="copy()">copy the URL</b>.\n',
        findings: [
          '10:1 Unexpected `<script>` element, expected passive HTML only (the portal removes it with its content)',
          '12:13 Unexpected `javascript:` URL in `href` of `<a>`, expected an http(s), mailto or relative URL',
          '12:63 Unexpected attribute `onclick` on `<b>`, expected passive attributes only (the portal removes it)',
        ],
      },
      {
        title: 'inline SVG whose animation rewrites a link',
        file: 'scs-0122-v1-console-access.md',
        text: '---\ntitle: Console access\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\n<svg><a href="#"><set attributeName="href" to="javascript:openConsole()"/><text y="20">Open</text></a></svg>\n',
        findings: [
          '10:1 Unexpected `<svg>` element, expected passive HTML only (the portal removes it with its content)',
        ],
      },
      {
        title: 'passive HTML, an SVG file shown as an image, and a script shown as code',
        file: 'scs-0122-v1-console-access.md',
        text: '---\ntitle: Console access\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\n<details>\n<summary>Keyboard shortcut</summary>\n\nPress <kbd>Ctrl</kbd>+<kbd>K</kbd> to open the [console](https://console.example.com).\n\n</details>\n\n![Console layout](./console-layout.svg)\n\n```html\n<script>trackVisit()</script>\n```\n',
        findings: [],
      },
    ],
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
