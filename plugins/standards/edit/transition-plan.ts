// stabilize, deprecate, reject: the status change of one version, planned as
// field edits (pure). What is allowed comes from model/transitions.ts.
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { StandardDocument } from '../model/document.js';
import { transitionFor, whyNot, type Transition, type TransitionCommand } from '../model/transitions.js';
import { documentsOf, fieldChange, findDocument, refuse, withItem, type CorpusFile, type FileChange, type Plan } from './corpus-edit.js';
import type { FieldEdit } from './front-matter-edit.js';

export interface TransitionRequest {
  command: TransitionCommand;
  document: string;
  on: CalendarDate;
  /**
   * The documents that take its place (`--replaced-by DOC`, repeatable); an
   * empty list is an explicit "none" (`--replaced-by none`): `replaced_by: []`.
   */
  replacedBy?: readonly string[];
}

/** How "no successor" is written on the command line: `--replaced-by none`. */
export const NO_SUCCESSOR = 'none';

export function planTransition(files: readonly CorpusFile[], request: TransitionRequest): Plan {
  const transition = transitionFor(request.command);
  if (!transition) return refuse(`Unknown command \`${request.command}\``);
  const entries = documentsOf(files);
  const found = findDocument(entries, request.document);
  if (typeof found === 'string') return refuse(found);
  const { document, file } = found;
  const name = document.id;
  if (document.kind === 'supplement') {
    return refuse(`Cannot ${request.command} ${name}: a supplement has no status of its own; it follows the versions it supplements`);
  }
  if (document.kind === 'template') return refuse(`Cannot ${request.command} ${name}: it is a template`);
  if (document.kind === 'proposal' && request.command === 'reject') {
    // scs-0001: a proposal MUST be a Draft; a Rejected one is a lint error (proposal-draft).
    return refuse(
      `Cannot reject ${name}: a proposal has no number and stays a Draft until it gets one, so it cannot be Rejected. ` +
        `If it was never merged, close its pull request instead; if it is in the repository and the decision should stay on record, ` +
        `number it first (npm run lifecycle -- assign-number ${name}) and reject the numbered version; otherwise delete the file in a pull request`,
    );
  }
  if (document.kind === 'proposal') {
    return refuse(`Cannot ${request.command} ${name}: a proposal gets a number first (npm run lifecycle -- assign-number ${name})`);
  }
  if (document.status === null) return refuse(`Cannot ${request.command} ${name}: its status cannot be read; fix the front matter first`);
  // Run again on the same day with --replaced-by, a step already taken only completes replaced_by.
  const again = request.command !== 'stabilize' && request.replacedBy !== undefined && document.status === transition.to && dateOf(document, transition.dateField) === request.on;
  if (document.status !== transition.from && !again) return refuse(`Cannot ${request.command} ${name}: ${whyNot(transition, document.status)}`);
  if (request.replacedBy !== undefined && request.command === 'stabilize') {
    return refuse('Unexpected --replaced-by with stabilize: a Stable version has no successor yet; deprecate the old version instead');
  }
  const replacedBy = request.replacedBy;
  const successors: Array<Exclude<ReturnType<typeof findDocument<(typeof entries)[number]>>, string>> = [];
  for (const entry of replacedBy ?? []) {
    const found = findDocument(entries, entry);
    if (typeof found === 'string') return refuse(found);
    successors.push(found);
  }
  if (replacedBy !== undefined && replacedBy.length === 0 && document.replacedBy.length > 0) {
    return refuse(
      `Cannot ${request.command} ${name} with --replaced-by ${NO_SUCCESSOR}: its replaced_by already names ${document.replacedBy.join(', ')}; name the successors with --replaced-by DOC, or remove them from the front matter first`,
    );
  }
  if (request.command === 'deprecate' && document.stabilizedAt !== null && request.on < document.stabilizedAt) {
    return refuse(`Cannot deprecate ${name} on ${request.on}: it is stabilized on ${document.stabilizedAt}, and deprecated_at must not come before stabilized_at`);
  }

  const edits: FieldEdit[] = again
    ? []
    : [
        { key: 'status', value: transition.to },
        { key: transition.dateField, value: request.on },
      ];
  const changes: FileChange[] = [];
  const notes: string[] = [];

  if (replacedBy !== undefined && replacedBy.length === 0) {
    // No successor, said explicitly: `replaced_by: []` (replaced-by-recommended).
    edits.push({ key: 'replaced_by', value: [] });
  }
  let replacedByList = [...document.replacedBy];
  for (const successorFound of successors) {
    const successor = successorFound.document;
    if (successor.fileName === document.fileName) return refuse(`Cannot ${request.command} ${name}: a document cannot replace itself`);
    if (successor.kind === 'supplement' || successor.kind === 'template') {
      return refuse(`Cannot name ${successor.id} in replaced_by: versions are replaced by versions, not by a ${successor.kind}`);
    }
    if (successor.status === 'Deprecated' || successor.status === 'Rejected') {
      return refuse(`Cannot name ${successor.id} in replaced_by: it is ${successor.status} itself`);
    }
    if (request.command === 'deprecate') {
      // Deprecating v2 for v3 must not leave a day without a version in force.
      if (successor.status !== 'Stable') {
        return refuse(
          `Cannot deprecate ${name} in favour of ${successor.id}: it is still ${successor.status ?? 'without a status'}; stabilize it first ` +
            `(npm run lifecycle -- stabilize ${successor.id} --on YYYY-MM-DD), on or before ${request.on}, so a version is in force every day`,
        );
      }
      if (successor.stabilizedAt !== null && successor.stabilizedAt > request.on) {
        return refuse(
          `Cannot deprecate ${name} on ${request.on}: its successor ${successor.id} is in force only from ${successor.stabilizedAt}; ` +
            `deprecate on ${successor.stabilizedAt} or later so a version is in force every day`,
        );
      }
    }
    replacedByList = withItem(replacedByList, successor.fileName);
    // replaces and replaced_by must agree: the successor names what it replaces.
    if (!successor.replaces.includes(document.fileName)) {
      const change = fieldChange(successorFound.file, [{ key: 'replaces', value: withItem(successor.replaces, document.fileName) }]);
      if (typeof change === 'string') return refuse(change);
      changes.push(change);
    }
  }
  if (successors.length > 0) edits.push({ key: 'replaced_by', value: replacedByList });
  // replaced_by MUST name every document that names this one in replaces (replaced-by-required).
  if (request.command !== 'stabilize') {
    const claimants = entries
      .filter(({ document: other }) => other.replaces.includes(document.fileName) && other.fileName !== document.fileName)
      .filter(({ document: other }) => !document.replacedBy.includes(other.fileName) && !successors.some((entry) => entry.document.fileName === other.fileName));
    if (claimants.length > 0) {
      const ids = claimants.map(({ document: other }) => other.id);
      const flags = ids.map((id) => `--replaced-by ${id}`).join(' ');
      return refuse(
        `Cannot ${request.command} ${name} ${replacedBy === undefined ? 'without a successor' : replacedBy.length === 0 ? `with --replaced-by ${NO_SUCCESSOR}` : 'without naming every successor'}: ` +
          `${ids.join(' and ')} ${ids.length > 1 ? 'name' : 'names'} it in replaces, so replaced_by must name ${ids.length > 1 ? 'them' : 'it'}; add ${flags}`,
      );
    }
  }

  const change = fieldChange(file, edits);
  if (typeof change === 'string') return refuse(change);
  changes.unshift(change);

  if (request.command !== 'stabilize' && replacedBy === undefined && document.replacedBy.length === 0 && !document.fieldSpans.replaced_by) {
    notes.push(
      `${name} names no successor (the linter warns: replaced-by-recommended); say what took its place with ` +
        `npm run lifecycle -- ${request.command} ${name} --on ${request.on} --replaced-by DOC, or --replaced-by ${NO_SUCCESSOR} if nothing did`,
    );
  }
  if (request.command === 'stabilize' && document.number !== null) {
    for (const { document: sibling } of entries) {
      if (sibling.number !== document.number || sibling.kind !== 'document' || sibling.version >= document.version) continue;
      if (sibling.status === 'Stable' && sibling.deprecatedAt === null) {
        notes.push(
          `${sibling.id} is still Stable without a deprecation date; when ${name} takes its place: ` +
            `npm run lifecycle -- deprecate ${sibling.id} --on YYYY-MM-DD --replaced-by ${name}`,
        );
      }
    }
  }
  return { ok: true, changes: changes.filter((entry) => entry.after !== entry.before), notes };
}

function dateOf(document: StandardDocument, field: Transition['dateField']): string | null {
  return field === 'stabilized_at' ? document.stabilizedAt : field === 'deprecated_at' ? document.deprecatedAt : document.rejectedAt;
}
