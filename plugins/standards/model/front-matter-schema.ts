// The front-matter schema: one table of fields. The TypeScript type, the
// validator in parse/ and the published JSON Schema are all derived from it.
import { DOCUMENT_TYPES, STATUSES, TRACK_NAMES } from './vocabulary.js';

/**
 * What every field may say besides its kind: `formerKeys` are names older
 * documents use for the same field (read as this field, with a warning that
 * suggests the current name).
 */
interface FieldCommon {
  required: boolean;
  description: string;
  formerKeys?: readonly string[];
}

type FieldSpec = FieldCommon &
  (
    | { kind: 'string'; example: string }
    /** `nearMisses`: values seen in older documents, lower-cased, and the value they mean (still an error, but the model reads the meant value so the other checks run). */
    | { kind: 'enum'; values: readonly string[]; nearMisses?: Readonly<Record<string, string>>; example: string }
    | { kind: 'date'; example: string }
    | { kind: 'document-list'; example: string[] }
    | { kind: 'string-list'; example: string[] }
  );

export const FRONT_MATTER_FIELDS = {
  /** Shown as the page title; the body starts with level-2 headings. */
  title: { kind: 'string', required: true, description: 'Title of the document.', example: 'SCS Flavor Naming Standard' },
  type: {
    kind: 'enum',
    values: DOCUMENT_TYPES,
    nearMisses: { adr: 'Decision Record', decision: 'Decision Record', procedure: 'Procedural' },
    required: true,
    description: 'Kind of document.',
    example: 'Standard',
  },
  /** Required for every type but Supplement, which inherits the lifecycle of what it supplements. */
  status: {
    kind: 'enum',
    values: STATUSES,
    // Early proposals said `Proposal`; the standard's word for that phase is Draft.
    nearMisses: { proposal: 'Draft', obsolete: 'Deprecated', obsoleted: 'Deprecated' },
    required: false,
    description: 'Lifecycle status as written by the authors. Required unless type is Supplement; forbidden for Supplement.',
    example: 'Stable',
  },
  track: {
    kind: 'enum',
    values: TRACK_NAMES,
    required: true,
    description: 'Track the document belongs to; must match the second digit of its number.',
    example: 'IaaS',
  },
  description: {
    kind: 'string',
    required: false,
    description: 'One-sentence summary shown in tables, the API and feeds.',
    example: 'How flavors are named so that their properties can be read from the name.',
  },
  stabilized_at: {
    kind: 'date',
    required: false,
    description: 'Day the document became (or becomes) effective. Required when status is Stable or Deprecated (a Deprecated document was Stable before).',
    example: '2023-06-14',
  },
  deprecated_at: {
    kind: 'date',
    required: false,
    description: 'Day the document stops (or stopped) being effective. Required when status is Deprecated.',
    formerKeys: ['obsoleted_at'],
    example: '2024-11-30',
  },
  rejected_at: {
    kind: 'date',
    required: false,
    description: 'Day the proposal was rejected. Required when status is Rejected.',
    example: '2024-09-12',
  },
  replaces: {
    kind: 'document-list',
    required: false,
    description: 'File names of the documents this one replaces.',
    example: ['scs-0100-v2-flavor-naming.md'],
  },
  replaced_by: {
    kind: 'document-list',
    required: false,
    description:
      'File names of the documents that replace this one. Only when Deprecated or Rejected; required when another document names this one in `replaces`.',
    example: ['scs-0100-v4-flavor-naming.md'],
  },
  supplements: {
    kind: 'document-list',
    required: false,
    description: 'File names of the document versions a Supplement belongs to.',
    example: ['scs-0100-v3-flavor-naming.md'],
  },
  authors: {
    kind: 'string-list',
    required: false,
    description: 'People or teams who wrote the document.',
    formerKeys: ['author'],
    example: ['SCS IaaS team'],
  },
} as const satisfies Record<string, FieldSpec>;

type Fields = typeof FRONT_MATTER_FIELDS;
export type FrontMatterKey = keyof Fields;
export const FRONT_MATTER_KEYS = Object.keys(FRONT_MATTER_FIELDS) as FrontMatterKey[];

/** An ISO calendar day, `YYYY-MM-DD`; kept as text so no time zone can shift it. */
export type CalendarDate = string;

type ValueOf<F> = F extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : F extends { kind: 'date' }
    ? CalendarDate
    : F extends { kind: 'document-list' | 'string-list' }
      ? string[]
      : string;

type RequiredKeys = { [K in FrontMatterKey]: Fields[K]['required'] extends true ? K : never }[FrontMatterKey];

/** Front matter after validation: every known field with its normalized value. */
export type FrontMatter = { [K in RequiredKeys]: ValueOf<Fields[K]> } & {
  [K in Exclude<FrontMatterKey, RequiredKeys>]?: ValueOf<Fields[K]>;
};

export function isFrontMatterKey(key: string): key is FrontMatterKey {
  return Object.hasOwn(FRONT_MATTER_FIELDS, key);
}

const FILE_NAME_PATTERN = '^scs-(\\d{4}|xxxx)-[vw][1-9]\\d*-[a-z0-9]+(-[a-z0-9]+)*\\.md$';

/** The JSON Schema (draft 2020-12) of the front matter, published by the portal at `<siteUrl>/schemas/…`, its `$id`. */
export function buildFrontMatterJsonSchema(siteUrl = 'https://docs.scs.community'): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const key of FRONT_MATTER_KEYS) {
    const field: FieldSpec = FRONT_MATTER_FIELDS[key];
    const common = { description: field.description, examples: [field.example] };
    if (field.kind === 'string') properties[key] = { type: 'string', minLength: 1, ...common };
    if (field.kind === 'enum') properties[key] = { enum: [...field.values], ...common };
    if (field.kind === 'date') properties[key] = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', ...common };
    if (field.kind === 'string-list') properties[key] = { type: 'array', items: { type: 'string', minLength: 1 }, ...common };
    if (field.kind === 'document-list') {
      properties[key] = { type: 'array', items: { type: 'string', pattern: FILE_NAME_PATTERN }, uniqueItems: true, ...common };
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${siteUrl.replace(/\/+$/, '')}/schemas/standard-front-matter.json`,
    title: 'SCS standard front matter',
    description: 'YAML front matter of a Sovereign Cloud Stack standards document (scs-NNNN-vN-slug.md).',
    type: 'object',
    additionalProperties: false,
    required: FRONT_MATTER_KEYS.filter((key) => FRONT_MATTER_FIELDS[key].required),
    properties,
    allOf: [
      {
        if: { properties: { type: { const: 'Supplement' } }, required: ['type'] },
        then: { not: { required: ['status'] } },
        else: { required: ['status'] },
      },
      { if: { properties: { status: { const: 'Stable' } }, required: ['status'] }, then: { required: ['stabilized_at'] } },
      { if: { properties: { status: { const: 'Deprecated' } }, required: ['status'] }, then: { required: ['stabilized_at', 'deprecated_at'] } },
      { if: { properties: { status: { const: 'Rejected' } }, required: ['status'] }, then: { required: ['rejected_at'] } },
    ],
  };
}

/** Names older documents use for a field (`obsoleted_at`), mapped to the field's current name. */
export const FORMER_KEYS: ReadonlyMap<string, FrontMatterKey> = new Map(
  FRONT_MATTER_KEYS.flatMap((key) => ((FRONT_MATTER_FIELDS[key] as FieldSpec).formerKeys ?? []).map((former) => [former, key] as const)),
);
