// Keys and value types of a scope file, as the community's loader expects
// them: unknown keys, missing required keys, wrong types, impossible dates and
// unknown lifetimes or sections (see parse/scope.ts).
import { surfaceScopeParseFindings } from '../scope-findings.js';

export const rule = surfaceScopeParseFindings({
  id: 'scope-schema',
  description: 'Scope files use only known keys, give the required ones, and values of the right type (calendar days, lifetimes, sections).',
  defaultSeverity: 'error',
});
