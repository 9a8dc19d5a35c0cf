// npm run new -- --title "…" --track IaaS --type Standard [--dir DIR] [--dry-run]
// npm run new -- --next-version scs-0100 [--dir DIR] [--dry-run]
// npm run new -- --supplement scs-0100-v3 [--title "…"] [--dir DIR] [--dry-run]
// Without flags it asks for title, track and type (on a terminal only).
// Exit 0 created, 1 refused or the new file has lint errors, 2 bad usage.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadCorpusFiles, runPlan } from '../plugins/standards/edit/apply.js';
import type { Plan } from '../plugins/standards/edit/corpus-edit.js';
import { planNextVersion, planProposal, planSupplement } from '../plugins/standards/edit/new-plan.js';
import { today } from '../plugins/standards/model/lifecycle.js';
import { DOCUMENT_TYPES, TRACK_NAMES } from '../plugins/standards/model/vocabulary.js';
import { runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';
import { EDIT_OPTIONS, EDIT_USAGE, editTarget } from '../plugins/standards/parse/edit-options.js';

const TYPES = DOCUMENT_TYPES.filter((type) => type !== 'Supplement');
const USAGE = `Usage: npm run new -- --title "…" --track ${TRACK_NAMES.join('|')} --type "${TYPES.join('|')}" ${EDIT_USAGE}
       npm run new -- --next-version scs-NNNN ${EDIT_USAGE}
       npm run new -- --supplement scs-NNNN-vN [--title "…"] ${EDIT_USAGE}`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      title: { type: 'string' },
      track: { type: 'string' },
      type: { type: 'string' },
      'next-version': { type: 'string' },
      supplement: { type: 'string' },
      ...EDIT_OPTIONS,
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values['next-version'] !== undefined && values.supplement !== undefined) throw new UsageError('Expected --next-version or --supplement, not both');
  const target = await editTarget(values);
  const files = await loadCorpusFiles(target.root);
  let plan: Plan;
  if (values['next-version'] !== undefined) {
    if (values.title ?? values.track ?? values.type) throw new UsageError('--next-version takes its title, track and type from the current version');
    plan = planNextVersion(files, values['next-version']);
  } else if (values.supplement !== undefined) {
    if (values.track ?? values.type) throw new UsageError('--supplement takes its track from the version it supplements');
    plan = planSupplement(files, values.supplement, values.title);
  } else {
    const answers = await askMissing({ title: values.title, track: values.track, type: values.type });
    plan = planProposal(files, answers);
  }
  return runPlan(target, plan, today());
}

/** Asks for what the flags did not give; without a terminal there is nobody to ask. */
async function askMissing(given: { title?: string | undefined; track?: string | undefined; type?: string | undefined }): Promise<{ title: string; track: string; type: string }> {
  const missing = (['title', 'track', 'type'] as const).filter((key) => given[key] === undefined);
  if (missing.length === 0) return given as { title: string; track: string; type: string };
  if (!process.stdin.isTTY) {
    throw new UsageError(
      `Missing ${missing.map((key) => `--${key}`).join(', ')}: npm run new asks for them only on a terminal, and this input is not one; ` +
        'give them as flags, e.g. npm run new -- --title "DNS Zone Naming" --track IaaS --type Standard',
    );
  }
  const readline = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answers = { ...given };
    if (answers.title === undefined) answers.title = await readline.question('Title of the new document: ');
    if (answers.track === undefined) answers.track = await readline.question(`Track (${TRACK_NAMES.join(', ')}): `);
    if (answers.type === undefined) answers.type = (await readline.question(`Type (${TYPES.join(', ')}) [Standard]: `)) || 'Standard';
    return answers as { title: string; track: string; type: string };
  } finally {
    readline.close();
  }
}

process.exitCode = await runCommand(USAGE, main);
