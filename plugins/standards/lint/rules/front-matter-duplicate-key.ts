// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'front-matter-duplicate-key',
    description: 'Each front-matter field is written once.',
    defaultSeverity: 'error',
  },
  { skipTemplates: false },
);
