// The facts the offline search ranks a document by, as the HTML attributes
// Pagefind reads as metadata (`key[data-search-key]`). One function for the
// portal's SearchFacts component and the search benchmark's pages, so both
// index the same thing. No imports: the browser bundle loads it as it is.

export interface SearchFactsInput {
  /** `scs-0100`; null for proposals. */
  standardId: string | null;
  kind: string;
  status: string | null;
  stabilizedAt: string | null;
  deprecatedAt: string | null;
}

/** Attributes for one empty element; keys without a value are left out. */
export function searchFactAttributes(doc: SearchFactsInput): Record<string, string> {
  const facts: Array<[key: string, value: string | null]> = [
    ['standard', doc.standardId],
    ['kind', doc.kind],
    ['status', doc.status],
    ['stabilized', doc.stabilizedAt],
    ['deprecated', doc.deprecatedAt],
  ];
  const present = facts.filter((fact): fact is [string, string] => fact[1] !== null && fact[1] !== '');
  return {
    'data-pagefind-meta': present.map(([key]) => `${key}[data-search-${key}]`).join(', '),
    ...Object.fromEntries(present.map(([key, value]) => [`data-search-${key}`, value])),
  };
}
