// `npm run new`: a proposal from its template, the next major version of a
// standard, or the next supplement of a version, each planned as a new file
// (pure). Front matter is edited in the template's or predecessor's own text,
// so its comments and layout carry over.
import { DOCUMENT_TYPES, TRACK_NAMES } from '../model/vocabulary.js';
import { documentsOf, findDocument, refuse, type CorpusFile, type Plan } from './corpus-edit.js';
import { editFrontMatter, type FieldEdit } from './front-matter-edit.js';

export interface ProposalRequest {
  title: string;
  track: string;
  type: string;
}

/** A title as a file-name slug: lowercase ASCII words joined by hyphens, at most 60 characters. */
export function slugOf(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 60 && slug) break;
    slug = next;
  }
  return slug.slice(0, 60);
}

function created(files: readonly CorpusFile[], fileName: string, text: string, summary: string[], notes: string[] = []): Plan {
  if (files.some((file) => file.path === fileName)) return refuse(`Cannot create ${fileName}: it exists already`);
  return { ok: true, changes: [{ path: fileName, before: null, after: text, summary }], notes };
}

function edited(text: string, edits: FieldEdit[]): string | Plan {
  const result = editFrontMatter(text, edits);
  return result.ok ? result.text : refuse(result.message);
}

export function planProposal(files: readonly CorpusFile[], request: ProposalRequest): Plan {
  const title = request.title.trim();
  if (title === '') return refuse('Unexpected empty title, expected a few words such as "DNS Zone Naming for Projects"');
  const track = TRACK_NAMES.find((name) => name.toLowerCase() === request.track.trim().toLowerCase());
  if (!track) return refuse(`Unexpected track \`${request.track}\`, expected one of ${TRACK_NAMES.join(', ')}`);
  const type = DOCUMENT_TYPES.find((name) => name.toLowerCase() === request.type.trim().toLowerCase());
  if (!type || type === 'Supplement') {
    return refuse(`Unexpected type \`${request.type}\`, expected one of ${DOCUMENT_TYPES.filter((name) => name !== 'Supplement').join(', ')} (a supplement is made with --supplement)`);
  }
  const slug = slugOf(title);
  if (slug === '') return refuse(`Cannot make a file name from the title \`${title}\`, expected some ASCII letters or digits in it`);
  const templates = documentsOf(files).filter((entry) => entry.document.kind === 'template');
  const template =
    templates.find((entry) => entry.document.type === type) ?? templates.find((entry) => entry.document.type === 'Standard') ?? templates[0];
  if (!template) return refuse('Cannot create a proposal: the standards folder has no template (scs-XXXX-v1-…-template.md)');
  const text = edited(template.file.text, [
    { key: 'title', value: title },
    { key: 'type', value: type },
    { key: 'status', value: 'Draft' },
    { key: 'track', value: track },
  ]);
  if (typeof text !== 'string') return text;
  return created(files, `scs-xxxx-v1-${slug}.md`, text, [`from ${template.document.fileName}`, `title: ${title}`, `type: ${type}`, `track: ${track}`], [
    'fill in description, authors and every section; when the working group accepts it: npm run lifecycle -- assign-number ' + `scs-xxxx-v1-${slug}`,
  ]);
}

/** The next major version of a standard, as a Draft with the body of the newest adopted version and `replaces` set. */
export function planNextVersion(files: readonly CorpusFile[], standard: string): Plan {
  const number = /^(?:scs-)?(\d{4})$/.exec(standard.trim())?.[1];
  if (!number) return refuse(`Unexpected standard \`${standard}\`, expected a number such as \`scs-0100\``);
  const versions = documentsOf(files).filter((entry) => entry.document.kind === 'document' && entry.document.number === number);
  if (versions.length === 0) return refuse(`No standard scs-${number} in the standards folder`);
  const newest = Math.max(...versions.map((entry) => entry.document.version));
  const openDraft = versions.find((entry) => entry.document.status === 'Draft');
  if (openDraft) return refuse(`Cannot start scs-${number}-v${newest + 1}: ${openDraft.document.id} is still a Draft; work on it instead`);
  // The newest text that was adopted (or is scheduled): a rejected version is no base to build on.
  const source = [...versions].sort((a, b) => b.document.version - a.document.version).find((entry) => entry.document.status !== 'Rejected') ?? versions[0]!;
  const current = source.document;
  const text = edited(source.file.text, [
    { key: 'status', value: 'Draft' },
    { key: 'stabilized_at', value: null },
    { key: 'deprecated_at', value: null },
    { key: 'rejected_at', value: null },
    { key: 'replaced_by', value: null },
    { key: 'replaces', value: [current.fileName] },
  ]);
  if (typeof text !== 'string') return text;
  const fileName = `scs-${number}-v${newest + 1}-${current.slug}.md`;
  return created(files, fileName, text, [`copy of ${current.fileName}`, 'status: Draft', `replaces: [${current.fileName}]`], [
    `when it is ready: npm run lifecycle -- stabilize scs-${number}-v${newest + 1} --on YYYY-MM-DD, then deprecate ${current.id} with --replaced-by`,
  ]);
}

/** The next supplement `wN` of a standard, naming the given version in `supplements`. */
export function planSupplement(files: readonly CorpusFile[], version: string, title?: string): Plan {
  const entries = documentsOf(files);
  const found = findDocument(entries, version);
  if (typeof found === 'string') return refuse(found);
  const target = found.document;
  if (target.kind !== 'document') return refuse(`Cannot supplement ${target.id}: supplements belong to numbered versions (scs-NNNN-vN)`);
  const next = Math.max(0, ...entries.filter((entry) => entry.document.kind === 'supplement' && entry.document.number === target.number).map((entry) => entry.document.version)) + 1;
  const supplementTitle = title?.trim() || `${target.title}: Implementation Notes`;
  const slug = slugOf(title?.trim() ? supplementTitle : `${target.slug} implementation notes`);
  const link = `[${target.id.split('-').slice(0, 3).join('-')}](${target.fileName})`;
  const text = [
    '---',
    `title: ${JSON.stringify(supplementTitle)}`,
    'type: Supplement',
    `track: ${target.track ?? ''}`,
    'supplements:',
    `  - ${target.fileName}`,
    ...(target.authors.length > 0 ? ['authors:', ...target.authors.map((author) => `  - ${JSON.stringify(author)}`)] : []),
    '---',
    '',
    '## Purpose',
    '',
    `This supplement accompanies ${link}. It is not normative: where it differs from the standard, the standard wins.`,
    '',
  ].join('\n');
  return created(files, `scs-${target.number}-w${next}-${slug}.md`, text, [`supplements: [${target.fileName}]`]);
}
