// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'front-matter-required',
    description: 'Required front-matter fields are present; Supplements have no status.',
    defaultSeverity: 'error',
  },
  { skipTemplates: true },
);
