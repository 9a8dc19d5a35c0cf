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
