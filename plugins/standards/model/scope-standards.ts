// Which document of the registry a scope module checks: named by the last
// path segment of its URL (a portal page or a file of the repository) or, if
// that names none, by its id (`scs-0100-v3`, `scs-0100-v3.1`). Modules about
// documents outside SCS (an OpenStack guideline, say) name none of ours.
import type { StandardDocument } from './document.js';
import type { Registry } from './registry.js';
import type { ScopeModule } from './scope.js';

const FILE_NAME = /(scs-\d{4}-[vw]\d+-[a-z0-9-]+?)(?:\.md)?$/i;
const MODULE_ID = /^scs-(\d{4})-([vw])(\d+)(?:\.\d+)*$/i;

export type ModuleStandard =
  /** The module names a document of the registry. */
  | { kind: 'found'; document: StandardDocument }
  /** It names an SCS document by file name or id, and there is none. */
  | { kind: 'missing'; name: string }
  /** It is about something outside the registry. */
  | { kind: 'external' };

export function resolveModuleStandard(registry: Registry, module: Pick<ScopeModule, 'id' | 'url'>): ModuleStandard {
  const segment = module.url ? lastSegment(module.url) : '';
  const byName = FILE_NAME.exec(segment);
  if (byName && byName.index === 0) {
    const fileName = `${byName[1]}.md`;
    const document = registry.byFileName.get(fileName);
    return document ? { kind: 'found', document } : { kind: 'missing', name: fileName };
  }
  const byId = MODULE_ID.exec(module.id);
  if (byId) {
    const [, number, letter, version] = byId;
    const kind = letter!.toLowerCase() === 'w' ? 'supplement' : 'document';
    const document = versionIndexOf(registry).get(versionKey(number!, kind, Number(version)));
    return document ? { kind: 'found', document } : { kind: 'missing', name: module.id };
  }
  return { kind: 'external' };
}

const versionKey = (number: string, kind: string, version: number) => `${number}/${kind}/${version}`;

/**
 * Number, kind and version -> the first document of the registry with them,
 * once per registry: every document page and status page resolves every
 * module of every scope, and a scan of the registry each time grew with the
 * square of the corpus.
 */
const versionIndexes = new WeakMap<Registry, Map<string, StandardDocument>>();
function versionIndexOf(registry: Registry): Map<string, StandardDocument> {
  let index = versionIndexes.get(registry);
  if (!index) {
    index = new Map();
    for (const document of registry.documents) {
      if (document.number === null) continue;
      const key = versionKey(document.number, document.kind, document.version);
      if (!index.has(key)) index.set(key, document);
    }
    versionIndexes.set(registry, index);
  }
  return index;
}

function lastSegment(url: string): string {
  const withoutQuery = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1);
}
