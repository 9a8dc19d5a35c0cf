// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'front-matter-unknown-key',
    description: 'Front matter has only the fields of the schema (with a suggestion for near misses).',
    defaultSeverity: 'warn',
  },
  { skipTemplates: true },
);
