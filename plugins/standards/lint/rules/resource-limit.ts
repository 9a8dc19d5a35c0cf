// Found while parsing (markdown/limits.ts) and by the runner (the time budget,
// a failure while checking a file, see file-pass.ts and parallel.ts); this
// rule gives the id its severity and docs. Always an error: a file over a
// limit cannot be rendered by the portal either (config.ts refuses "warn" and "off").
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'resource-limit',
    description: 'The Markdown stays within the limits on nesting, markup characters, footnotes, table cells, lines, nodes and headings, and a file is checked within its time budget.',
    defaultSeverity: 'error',
  },
  { skipTemplates: false },
);
