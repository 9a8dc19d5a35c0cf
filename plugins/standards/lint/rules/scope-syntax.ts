// A scope file must be readable YAML, a mapping, and in the current format;
// otherwise nothing else about it can be checked (see parse/scope.ts).
import { surfaceScopeParseFindings } from '../scope-findings.js';

export const rule = surfaceScopeParseFindings({
  id: 'scope-syntax',
  description: 'Scope files are readable YAML mappings in the current scope format (not the older `standards`/`check_tools` one).',
  defaultSeverity: 'error',
});
