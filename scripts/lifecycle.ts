// npm run lifecycle -- stabilize|deprecate|reject DOC --on YYYY-MM-DD [--replaced-by DOC ... | --replaced-by none] [--dir DIR] [--dry-run]
// npm run lifecycle -- assign-number DOC [--dir DIR] [--dry-run]
// Edits the front matter in place (only the fields concerned), prints what
// changed (a unified diff with --dry-run) and lints the result.
// Exit 0 done, 1 refused (a step the lifecycle does not allow, or a result
// with lint errors the files did not have: then nothing is written), 2 bad usage.
import { parseArgs } from 'node:util';
import { loadCorpusFiles, loadScopeFiles, runPlan } from '../plugins/standards/edit/apply.js';
import { planAssignNumber } from '../plugins/standards/edit/assign-number-plan.js';
import { NO_SUCCESSOR, planTransition } from '../plugins/standards/edit/transition-plan.js';
import { today } from '../plugins/standards/model/lifecycle.js';
import { TRANSITION_COMMANDS, type TransitionCommand } from '../plugins/standards/model/transitions.js';
import { isCalendarDate } from '../plugins/standards/parse/fields.js';
import { runCommand, UsageError } from '../plugins/standards/parse/cli-options.js';
import { EDIT_OPTIONS, EDIT_USAGE, editTarget } from '../plugins/standards/parse/edit-options.js';

const USAGE = `Usage: npm run lifecycle -- ${TRANSITION_COMMANDS.join('|')} DOC --on YYYY-MM-DD [--replaced-by DOC ...|--replaced-by ${NO_SUCCESSOR}] ${EDIT_USAGE}
       npm run lifecycle -- assign-number DOC ${EDIT_USAGE}
  --replaced-by DOC   the document that takes its place (repeat for several); sets replaced_by and the successor's replaces
  --replaced-by ${NO_SUCCESSOR}  nothing takes its place: writes \`replaced_by: []\``;

/** `--replaced-by` values as a list of documents; `none` alone is the empty list. */
function replacedByList(values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  if (!values.includes(NO_SUCCESSOR)) return [...values];
  if (values.length > 1) {
    throw new UsageError(`Unexpected --replaced-by ${NO_SUCCESSOR} together with --replaced-by DOC, expected either the successors or \`${NO_SUCCESSOR}\` alone`);
  }
  return [];
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      on: { type: 'string' },
      'replaced-by': { type: 'string', multiple: true },
      ...EDIT_OPTIONS,
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, document, ...rest] = positionals;
  if (command === undefined || document === undefined) throw new UsageError('Expected a command and a document');
  if (rest.length > 0) throw new UsageError(`Unexpected argument \`${rest[0]}\`, expected one document`);
  const target = await editTarget(values);
  const files = await loadCorpusFiles(target.root);
  let plan;
  if (command === 'assign-number') {
    if (values.on !== undefined || values['replaced-by'] !== undefined) throw new UsageError('assign-number takes no --on or --replaced-by');
    plan = planAssignNumber(files, document, { scopeFiles: await loadScopeFiles(target.root) });
  } else if ((TRANSITION_COMMANDS as string[]).includes(command)) {
    if (values.on === undefined) throw new UsageError(`${command} needs --on YYYY-MM-DD, the day it takes effect`);
    if (!isCalendarDate(values.on)) throw new UsageError(`Unexpected --on \`${values.on}\`, expected a calendar day as YYYY-MM-DD`);
    plan = planTransition(files, {
      command: command as TransitionCommand,
      document,
      on: values.on,
      ...(values['replaced-by'] !== undefined ? { replacedBy: replacedByList(values['replaced-by']) } : {}),
    });
  } else {
    throw new UsageError(`Unknown command \`${command}\`, expected ${TRANSITION_COMMANDS.join(', ')} or assign-number`);
  }
  return runPlan(target, plan, today());
}

process.exitCode = await runCommand(USAGE, main);
