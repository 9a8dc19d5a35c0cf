// SVG pictures in the standards folder are published only as the portal's
// sanitizer rebuilds them (render/svg-sanitize.ts): a static drawing, by
// allowlist. What it leaves out, the reader never sees, and a file it cannot
// read is not published at all; until now both were only lines in the build
// log. This rule runs the same sanitizer on the same file and reports each
// removal where it stands, so a picture either passes and is shown as drawn,
// or gets a finding.
import type { CorpusRule } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'attachment-svg',
    description: 'SVG pictures are static drawings: everything the portal\'s SVG sanitizer would remove (script, event handlers, animation, links, outside references, active styles), and files it cannot read.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a diagram with a script and an event handler',
        file: 'scs-0100-flavor-name-parts.svg',
        text: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" onload="track()">\n  <title>Parts of a flavor name</title>\n  <script>function track() { fetch("https://tracker.example.net/") }</script>\n  <text x="4" y="24">SCS-2V-8</text>\n</svg>\n',
        others: { 'scs-0100-v3-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\n![The parts of a flavor name](scs-0100-flavor-name-parts.svg)\n' },
        findings: ['1:1 Unexpected onload=\"…\" on <svg> in an SVG picture, expected only static drawing: the portal publishes the picture without it', '3:3 Unexpected <script> in an SVG picture, expected only static drawing: the portal publishes the picture without it'],
      },
      {
        title: 'a diagram that is not well-formed XML',
        file: 'scs-0100-flavor-name-parts.svg',
        text: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">\n  <g>\n    <text x="4" y="24">SCS-2V-8</text>\n</svg>\n',
        others: { 'scs-0100-v3-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\n![The parts of a flavor name](scs-0100-flavor-name-parts.svg)\n' },
        findings: ['4:7 Unexpected SVG that cannot be read as a picture (Unexpected close tag), expected well-formed SVG with an <svg> root element: the portal does not publish it'],
      },
      {
        title: 'a static diagram with a title, shapes and text',
        file: 'scs-0100-flavor-name-parts.svg',
        text: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">\n  <title>Parts of a flavor name</title>\n  <rect x="1" y="1" width="118" height="38" fill="none" stroke="#036"/>\n  <text x="4" y="24">SCS-2V-8</text>\n</svg>\n',
        others: { 'scs-0100-v3-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\n![The parts of a flavor name](scs-0100-flavor-name-parts.svg)\n' },
        findings: [],
      },
    ],
  },
  scope: 'corpus',
  check({ svgAttachments = [] }) {
    return svgAttachments.flatMap(({ path, result }) => {
      if (!result.ok) {
        return [
          {
            path,
            message: `Unexpected SVG that cannot be read as a picture (${result.error}), expected well-formed SVG with an <svg> root element: the portal does not publish it`,
            span: { start: { line: result.line, column: result.column } },
          },
        ];
      }
      return result.changes.map((change) => ({
        path,
        message: `Unexpected ${change.what} in an SVG picture, expected only static drawing: the portal publishes the picture without it`,
        span: { start: { line: change.line, column: change.column } },
      }));
    });
  },
};
