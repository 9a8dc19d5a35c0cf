// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'file-symlink',
    description: 'Files are regular files or symbolic links that stay inside the standards folder.',
    defaultSeverity: 'error',
  },
  { skipTemplates: false },
);
