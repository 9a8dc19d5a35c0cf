// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'file-size',
    description: 'Files are no larger than the configured limit (maxFileBytes); larger ones are not parsed.',
    defaultSeverity: 'error',
    options: ['maxFileBytes'],
  },
  { skipTemplates: false },
);
