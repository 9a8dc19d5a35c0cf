// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'front-matter-value',
    description: 'Each front-matter value has the type, enum value or date format the schema asks for.',
    defaultSeverity: 'error',
  },
  { skipTemplates: true },
);
