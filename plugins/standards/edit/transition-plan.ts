// stabilize, deprecate, reject: the status change of one version, planned as
// field edits (pure). What is allowed comes from model/transitions.ts.
import type { CalendarDate } from '../model/front-matter-schema.js';
import { transitionFor, whyNot, type TransitionCommand } from '../model/transitions.js';
import { documentsOf, fieldChange, findDocument, refuse, withItem, type CorpusFile, type FileChange, type Plan } from './corpus-edit.js';
import type { FieldEdit } from './front-matter-edit.js';

export interface TransitionRequest {
  command: TransitionCommand;
  document: string;
  on: CalendarDate;
  replacedBy?: string;
}

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
  if (document.kind === 'proposal' && request.command !== 'reject') {
    return refuse(`Cannot ${request.command} ${name}: a proposal gets a number first (npm run lifecycle -- assign-number ${name})`);
  }
  if (document.status === null) return refuse(`Cannot ${request.command} ${name}: its status cannot be read; fix the front matter first`);
  if (document.status !== transition.from) return refuse(`Cannot ${request.command} ${name}: ${whyNot(transition, document.status)}`);
  if (request.replacedBy !== undefined && request.command === 'stabilize') {
    return refuse('Unexpected --replaced-by with stabilize: a Stable version has no successor yet; deprecate the old version instead');
  }
  if (request.command === 'deprecate' && document.stabilizedAt !== null && request.on < document.stabilizedAt) {
    return refuse(`Cannot deprecate ${name} on ${request.on}: it is stabilized on ${document.stabilizedAt}, and deprecated_at must not come before stabilized_at`);
  }

  const edits: FieldEdit[] = [
    { key: 'status', value: transition.to },
    { key: transition.dateField, value: request.on },
  ];
  const changes: FileChange[] = [];
  const notes: string[] = [];

  if (request.replacedBy !== undefined) {
    const successorFound = findDocument(entries, request.replacedBy);
    if (typeof successorFound === 'string') return refuse(successorFound);
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
    edits.push({ key: 'replaced_by', value: withItem(document.replacedBy, successor.fileName) });
    // replaces and replaced_by must agree: the successor names what it replaces.
    if (!successor.replaces.includes(document.fileName)) {
      const change = fieldChange(successorFound.file, [{ key: 'replaces', value: withItem(successor.replaces, document.fileName) }]);
      if (typeof change === 'string') return refuse(change);
      changes.push(change);
    }
  }

  const change = fieldChange(file, edits);
  if (typeof change === 'string') return refuse(change);
  changes.unshift(change);

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
