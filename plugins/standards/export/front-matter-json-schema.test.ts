// The published JSON Schema, checked with a real validator: every document of
// a valid corpus passes, and each broken front matter fails for its reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildFrontMatterJsonSchema } from '../model/front-matter-schema.js';
import { parseFrontMatter } from '../parse/front-matter.js';

const CORPUS = 'tests/fixtures/export-corpus';

// strictRequired would flag `not: { required: ['status'] }`, which is valid and intended.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv);
const validate = ajv.compile(buildFrontMatterJsonSchema());

function frontMatterOf(text: string): Record<string, unknown> {
  return Object.fromEntries(parseFrontMatter(text).fields.map((field) => [field.key, field.value]));
}

function problems(value: unknown): string[] {
  validate(value);
  return (validate.errors ?? []).filter((error) => error.keyword !== 'if').map((error) => `${error.instancePath || '/'} ${error.message}`);
}

describe('standard-front-matter.json', () => {
  it.each([...readdirSync(CORPUS), ...readdirSync('Standards').map((name) => `../../../Standards/${name}`)].filter((name) => /(^|\/)scs-[^/]*\.md$/.test(name)))(
    'accepts %s',
    (name) => {
      expect(problems(frontMatterOf(readFileSync(join(CORPUS, name), 'utf8')))).toEqual([]);
    },
  );

  const base = { title: 'T', type: 'Standard', track: 'IaaS' };
  it.each([
    [{ ...base }, ["/ must have required property 'status'"]],
    [{ ...base, status: 'Stable' }, ["/ must have required property 'stabilized_at'"]],
    [{ ...base, status: 'Deprecated', stabilized_at: '2024-01-01' }, ["/ must have required property 'deprecated_at'"]],
    [{ ...base, status: 'Rejected' }, ["/ must have required property 'rejected_at'"]],
    [{ ...base, type: 'Supplement', status: 'Draft' }, ['/ must NOT be valid']],
    [{ ...base, status: 'Final' }, ['/status must be equal to one of the allowed values']],
    [{ ...base, status: 'Stable', stabilized_at: '2024-02-30' }, ['/stabilized_at must match format "date"']],
    [{ ...base, status: 'Draft', state: 'Draft' }, ['/ must NOT have additional properties']],
    [{ ...base, status: 'Draft', replaces: ['scs-0100-v1-flavor-naming'] }, ['/replaces/0 must match pattern "^scs-(\\d{4}|xxxx)-[vw][1-9]\\d*-[a-z0-9]+(-[a-z0-9]+)*\\.md$"']],
    [{ type: 'Standard', status: 'Draft' }, ["/ must have required property 'title'", "/ must have required property 'track'"]],
  ])('rejects %j', (value, expected) => {
    expect(problems(value)).toEqual(expected);
  });
});
