// Found by the parser (see parse/fields.ts); this rule gives the id its severity and docs.
// A warning, never an error: the value is read as meant, so nothing else breaks,
// and a corpus written before the canonical forms still builds.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'front-matter-canonical-form',
    description: 'Forms found in older documents (a single string for a list, names in one string, a former key) are read as meant and the canonical form suggested.',
    defaultSeverity: 'warn',
  },
  { skipTemplates: true },
);
