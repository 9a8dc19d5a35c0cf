// The redirects file of a standards folder: old document ids -> the ids they
// were renamed to, e.g. `{ "scs-xxxx-v1-dns-zone-naming": "scs-0116-v1-dns-zone-naming" }`.
// `npm run lifecycle -- assign-number` maintains it; the portal turns each
// entry into a redirect page, so old addresses keep working. Pure.

/** File name inside the standards folder. */
export const REDIRECTS_FILE = 'redirects.json';

const ID = /^scs-[0-9a-zA-Z]{4}-[vw][1-9]\d*-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type RedirectsResult = { ok: true; redirects: Record<string, string> } | { ok: false; message: string };

export function parseRedirects(text: string): RedirectsResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Invalid JSON: ${(error as Error).message}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: 'Unexpected value, expected an object of old document ids to new ones, e.g. {"scs-xxxx-v1-a": "scs-0116-v1-a"}' };
  }
  const redirects: Record<string, string> = {};
  for (const [from, to] of Object.entries(data)) {
    if (!ID.test(from) || typeof to !== 'string' || !ID.test(to)) {
      return { ok: false, message: `Unexpected entry \`${from}\`, expected a document id mapped to a document id, e.g. "scs-xxxx-v1-a": "scs-0116-v1-a"` };
    }
    redirects[from] = to;
  }
  return { ok: true, redirects };
}

/** Sorted by old id, two-space indent, final newline: stable diffs. */
export function formatRedirects(redirects: Record<string, string>): string {
  const sorted = Object.fromEntries(Object.entries(redirects).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
