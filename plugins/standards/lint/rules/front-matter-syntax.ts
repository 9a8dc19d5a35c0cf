// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'front-matter-syntax',
    description: 'The file starts with a well-formed YAML front-matter block that is a mapping of fields.',
    defaultSeverity: 'error',
  },
  { skipTemplates: false },
);
