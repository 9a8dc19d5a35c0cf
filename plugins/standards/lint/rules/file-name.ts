// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'file-name',
    description: 'File names follow scs-NNNN-vN-slug.md: zero-padded number, version from 1, lowercase ASCII slug.',
    defaultSeverity: 'error',
  },
  { skipTemplates: false },
);
