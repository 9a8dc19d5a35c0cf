// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'file-encoding',
    description: 'Files are readable UTF-8 text, not binary or special files.',
    defaultSeverity: 'error',
  },
  { skipTemplates: false },
);
