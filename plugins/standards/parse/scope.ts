// Text of a scope file -> Scope + findings. The format is the one the SCS
// community's compliance tooling reads (top-level uuid, name, url, versions,
// modules, timeline, scripts, variables, prerequisite), so its files load
// unchanged. Every problem becomes a finding with a position; unknown keys are
// findings too, because the community's own loader rejects them.
import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import type { RuleFinding, Span } from '../report/diagnostic.js';
import {
  DEFAULT_LIFETIME,
  SCOPE_VERSION_STATE_NAMES,
  TESTCASE_LIFETIMES,
  TESTCASE_SECTIONS,
  type ParsedScopeFile,
  type Scope,
  type ScopeInclude,
  type ScopeModule,
  type ScopePrerequisite,
  type ScopeScript,
  type ScopeVariable,
  type ScopeVersion,
  type ScopeVersionState,
  type TestCase,
  type TimelineEntry,
} from '../model/scope.js';
import { isCalendarDate } from './fields.js';
import { describeNode, readYamlTree, resolveNode, type YamlTree } from './scope-yaml.js';

export const SCOPE_SYNTAX = 'scope-syntax';
export const SCOPE_SCHEMA = 'scope-schema';
export const SCOPE_TIMELINE = 'scope-timeline';

/** The keys of each part of a scope file; `required` ones must be present. */
const KEYS = {
  scope: { allowed: ['uuid', 'name', 'url', 'versions', 'modules', 'timeline', 'scripts', 'variables', 'prerequisite'], required: ['uuid', 'name', 'versions', 'modules', 'timeline', 'scripts'] },
  module: { allowed: ['id', 'name', 'url', 'parameters', 'targets'], required: ['id', 'name'] },
  version: { allowed: ['version', 'stabilized_at', 'include', 'targets'], required: ['version', 'include'] },
  include: { allowed: ['ref', 'parameters'], required: ['ref'] },
  timeline: { allowed: ['date', 'versions'], required: ['date', 'versions'] },
  script: { allowed: ['executable', 'env', 'args', 'testcases'], required: ['testcases'] },
  testcase: { allowed: ['id', 'description', 'url', 'section', 'lifetime'], required: ['id'] },
  prerequisite: { allowed: ['scope', 'versions'], required: ['scope'] },
} as const;

/** Top-level keys that make a YAML file a scope when a folder mixes scopes with other YAML files. */
const SCOPE_MARKERS = ['uuid', 'modules', 'timeline', 'versions'];

export type ScopeFileKind = 'scope' | 'older-scope' | 'other';

/**
 * What a YAML file is, from its top-level keys: a scope, a scope in the older
 * format, or something else (the `Tests/` folder of a checkout holds other
 * YAML files too). Unreadable YAML counts as a scope, so its problems are shown.
 */
export function classifyScopeText(text: string): ScopeFileKind {
  const tree = readYamlTree(text, SCOPE_SYNTAX, 'scope file');
  if (tree.root === null) return tree.findings.length > 0 ? 'scope' : 'other';
  if (!isMap(tree.root)) return 'other';
  if (olderFormatAt(tree) !== null) return 'older-scope';
  const keys = new Set(tree.root.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')));
  return SCOPE_MARKERS.filter((key) => keys.has(key)).length >= 2 ? 'scope' : 'other';
}

export function parseScopeFile(path: string, text: string): ParsedScopeFile {
  const tree = readYamlTree(text, SCOPE_SYNTAX, 'scope file');
  const findings = [...tree.findings];
  if (tree.findings.length > 0) return { path, scope: null, findings };
  if (tree.root === null) {
    findings.push({ ruleId: SCOPE_SYNTAX, message: 'Empty scope file, expected a mapping with `uuid`, `name`, `versions`, `modules` and `timeline`', span: { start: { line: 1, column: 1 } } });
    return { path, scope: null, findings };
  }
  const older = olderFormatAt(tree);
  if (older !== null) {
    findings.push({
      ruleId: SCOPE_SYNTAX,
      message:
        'Unexpected scope file in the older format (versions that list `standards` with `check_tools`), expected the current format with top-level `modules`, `versions`, `timeline` and `scripts`',
      span: older,
    });
    return { path, scope: null, findings };
  }
  if (!isMap(tree.root)) {
    findings.push({ ruleId: SCOPE_SYNTAX, message: `Unexpected ${describeNode(tree.root)} as a scope file, expected a mapping with \`uuid\`, \`name\`, \`versions\`, \`modules\` and \`timeline\``, span: tree.spanOf(tree.root) });
    return { path, scope: null, findings };
  }
  const reader = new Reader(tree, findings);
  const scope = reader.scope(tree.root, path);
  return { path, scope, findings };
}

/** Where the older format shows itself (`standards` lists or `check_tools`), or null. */
function olderFormatAt(tree: YamlTree): Span | null {
  let found: Span | null = null;
  const visit = (node: Node | null, depth: number): void => {
    if (found || node === null || depth > 6) return;
    if (isMap(node)) {
      for (const pair of node.items as Pair<Node | null, Node | null>[]) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (key === 'check_tools' || (key === 'standards' && isSeq(pair.value))) {
          found = tree.spanOf(pair.key);
          return;
        }
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items as Array<Node | null>) visit(item, depth + 1);
    }
  };
  visit(tree.root, 0);
  return found;
}

type Entries = Map<string, { key: Node; value: Node | null }>;

/** Reads the tree part by part; each method reports what it cannot use and returns what it can. */
class Reader {
  constructor(
    private readonly tree: YamlTree,
    private readonly findings: RuleFinding[],
  ) {}

  private report(message: string, node: Node | null | undefined, ruleId = SCOPE_SCHEMA, fallback?: Span): void {
    this.findings.push({ ruleId, message, span: node ? this.tree.spanOf(node) : (fallback ?? { start: { line: 1, column: 1 } }) });
  }

  /** A mapping's entries; unknown keys and missing required ones are reported. */
  private entries(node: Node | null, where: string, spec: { allowed: readonly string[]; required: readonly string[] }, at?: Span): Entries | null {
    const resolved = resolveNode(this.tree, node);
    if (!isMap(resolved)) {
      this.report(`Unexpected ${describeNode(resolved)} for ${where}, expected a mapping with ${list(spec.required.length > 0 ? spec.required : spec.allowed, 'and')}`, resolved, SCOPE_SCHEMA, at);
      return null;
    }
    const entries: Entries = new Map();
    for (const pair of resolved.items as Pair<Node | null, Node | null>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null;
      if (key === null) {
        this.report(`Unexpected complex key in ${where}, expected a plain key`, pair.key);
        continue;
      }
      if (!spec.allowed.includes(key)) {
        this.report(`Unexpected key \`${key}\` in ${where}, expected one of ${list(spec.allowed)}`, pair.key);
        continue;
      }
      entries.set(key, { key: pair.key!, value: resolveNode(this.tree, pair.value) });
    }
    const missing = spec.required.filter((key) => !entries.has(key));
    if (missing.length > 0) {
      this.report(`Missing ${list(missing, 'and')} in ${where}, expected ${missing.length === 1 ? 'it' : 'them'} to be given`, resolved.items.length > 0 ? (resolved.items[0]!.key as Node) : resolved);
    }
    return entries;
  }

  private text(node: Node | null | undefined, where: string, options: { loose?: boolean } = {}): string | null {
    if (node === undefined) return null;
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value;
    // Bound values and environment settings may be numbers or booleans; names and ids may not.
    if (options.loose && isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean')) return String(node.source ?? node.value);
    const hint = isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean') ? ' (put it in quotes)' : '';
    this.report(`Unexpected ${describeNode(node)} for ${where}, expected text${hint}`, node);
    return null;
  }

  private day(node: Node | null | undefined, where: string): string | null {
    if (node === undefined) return null;
    if (isScalar(node) && typeof node.value === 'string' && isCalendarDate(node.value)) return node.value;
    const exists = isScalar(node) && typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(node.value);
    this.report(`Unexpected ${describeNode(node)} for ${where}, expected ${exists ? 'a day that exists in the calendar' : 'a calendar day such as `2025-07-01`'}`, node);
    return null;
  }

  private items(node: Node | null | undefined, where: string): Array<Node | null> {
    if (node === undefined || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) {
      this.report(`Unexpected ${describeNode(node)} for ${where}, expected a list`, node);
      return [];
    }
    return (node.items as Array<Node | null>).map((item) => resolveNode(this.tree, item));
  }

  /** A mapping of names to text (parameters, env). */
  private textMap(node: Node | null | undefined, where: string, loose: boolean): { values: Record<string, string>; spans: Record<string, Span> } {
    const values: Record<string, string> = {};
    const spans: Record<string, Span> = {};
    if (node === undefined || node === null || (isScalar(node) && node.value === null)) return { values, spans };
    if (!isMap(node)) {
      this.report(`Unexpected ${describeNode(node)} for ${where}, expected a mapping of names to ${loose ? 'values' : 'descriptions'}`, node);
      return { values, spans };
    }
    for (const pair of node.items as Pair<Node | null, Node | null>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null;
      if (key === null) continue;
      const value = this.text(resolveNode(this.tree, pair.value), `\`${key}\` in ${where}`, { loose });
      spans[key] = this.tree.spanOf(pair.key);
      if (value !== null) values[key] = value;
    }
    return { values, spans };
  }

  /** Target name -> test case ids; a target may be empty or missing. */
  private targets(node: Node | null | undefined, where: string): { targets: Record<string, string[]>; spans: Record<string, Span[]> } {
    const targets: Record<string, string[]> = {};
    const spans: Record<string, Span[]> = {};
    if (node === undefined || node === null || (isScalar(node) && node.value === null)) return { targets, spans };
    if (!isMap(node)) {
      this.report(`Unexpected ${describeNode(node)} for ${where}, expected a mapping from target names such as \`main\` to lists of test case ids`, node);
      return { targets, spans };
    }
    for (const pair of node.items as Pair<Node | null, Node | null>[]) {
      const name = isScalar(pair.key) ? String(pair.key.value) : null;
      if (name === null) continue;
      const ids: string[] = [];
      const idSpans: Span[] = [];
      for (const item of this.items(resolveNode(this.tree, pair.value), `target \`${name}\` in ${where}`)) {
        const id = this.text(item, `a test case id in target \`${name}\``);
        if (id !== null) {
          ids.push(id);
          idSpans.push(this.tree.spanOf(item));
        }
      }
      targets[name] = ids;
      spans[name] = idSpans;
    }
    return { targets, spans };
  }

  private oneOf<T extends string>(node: Node | null | undefined, where: string, values: readonly T[], ruleId = SCOPE_SCHEMA): T | null {
    if (node === undefined) return null;
    if (isScalar(node) && typeof node.value === 'string' && (values as readonly string[]).includes(node.value)) return node.value as T;
    this.report(`Unexpected ${describeNode(node)} for ${where}, expected one of ${list(values)}`, node, ruleId);
    return null;
  }

  scope(root: Node, path: string): Scope | null {
    const top = this.entries(root, 'the scope', KEYS.scope);
    if (!top) return null;
    const keySpans: Record<string, Span> = {};
    for (const [key, { key: keyNode }] of top) keySpans[key] = this.tree.spanOf(keyNode);
    const get = (key: string) => top.get(key)?.value;
    const slug = (path.split('/').pop() ?? path).replace(/\.ya?ml$/i, '');
    return {
      path,
      slug,
      uuid: this.text(get('uuid'), '`uuid`') ?? '',
      name: this.text(get('name'), '`name`') ?? slug,
      url: this.text(get('url'), '`url`'),
      variables: this.variables(get('variables')),
      prerequisite: top.has('prerequisite') ? this.prerequisite(get('prerequisite')!) : null,
      modules: this.items(get('modules'), '`modules`').flatMap((item, index) => this.module(item, index) ?? []),
      versions: this.items(get('versions'), '`versions`').flatMap((item, index) => this.version(item, index) ?? []),
      timeline: this.items(get('timeline'), '`timeline`').flatMap((item, index) => this.timelineEntry(item, index) ?? []),
      scripts: this.items(get('scripts'), '`scripts`').flatMap((item, index) => this.script(item, index) ?? []),
      keySpans,
    };
  }

  private variables(node: Node | null | undefined): ScopeVariable[] {
    return this.items(node, '`variables`').flatMap((item): ScopeVariable[] => {
      if (isScalar(item) && typeof item.value === 'string') return [{ name: item.value, default: null }];
      if (isMap(item) && item.items.length === 1) {
        const pair = item.items[0] as Pair<Node | null, Node | null>;
        const name = this.text(pair.key, 'a variable name');
        const value = this.text(resolveNode(this.tree, pair.value), `the default of variable \`${name ?? ''}\``, { loose: true });
        return name === null ? [] : [{ name, default: value }];
      }
      this.report(`Unexpected ${describeNode(item)} in \`variables\`, expected a name or a one-key mapping \`name: default\``, item);
      return [];
    });
  }

  private prerequisite(node: Node | null): ScopePrerequisite | null {
    if (isScalar(node) && typeof node.value === 'string') return { scope: node.value, versions: [] };
    const entries = this.entries(node, '`prerequisite`', KEYS.prerequisite);
    if (!entries) return null;
    const scope = this.text(entries.get('scope')?.value, '`scope` in `prerequisite`');
    const versions = this.items(entries.get('versions')?.value, '`versions` in `prerequisite`').flatMap((item) => this.text(item, 'a version in `prerequisite`') ?? []);
    return scope === null ? null : { scope, versions };
  }

  private module(node: Node | null, index: number): ScopeModule | null {
    const where = `module ${index + 1}`;
    const entries = this.entries(node, where, KEYS.module);
    if (!entries) return null;
    const id = this.text(entries.get('id')?.value, `\`id\` of ${where}`);
    if (id === null) return null;
    const named = `module \`${id}\``;
    const name = this.text(entries.get('name')?.value, `\`name\` of ${named}`);
    const { values: parameters } = this.textMap(entries.get('parameters')?.value, `\`parameters\` of ${named}`, false);
    const { targets, spans } = this.targets(entries.get('targets')?.value, named);
    return {
      id,
      name: name ?? id,
      url: this.text(entries.get('url')?.value, `\`url\` of ${named}`),
      parameters,
      targets,
      targetSpans: spans,
      span: this.tree.spanOf(node),
    };
  }

  private version(node: Node | null, index: number): ScopeVersion | null {
    const where = `version ${index + 1}`;
    const entries = this.entries(node, where, KEYS.version);
    if (!entries) return null;
    const version = this.text(entries.get('version')?.value, `\`version\` of ${where}`);
    if (version === null) return null;
    const named = `version \`${version}\``;
    const { targets, spans } = this.targets(entries.get('targets')?.value, named);
    return {
      version,
      stabilizedAt: this.day(entries.get('stabilized_at')?.value, `\`stabilized_at\` of ${named}`),
      include: this.items(entries.get('include')?.value, `\`include\` of ${named}`).flatMap((item) => this.include(item, named) ?? []),
      targets,
      targetSpans: spans,
      span: this.tree.spanOf(node),
    };
  }

  private include(node: Node | null, version: string): ScopeInclude | null {
    if (isScalar(node) && typeof node.value === 'string') return { ref: node.value, parameters: {}, span: this.tree.spanOf(node), parameterSpans: {} };
    if (!isMap(node)) {
      this.report(`Unexpected ${describeNode(node)} in \`include\` of ${version}, expected a module id or a mapping with \`ref\` and \`parameters\``, node);
      return null;
    }
    const entries = this.entries(node, `an \`include\` of ${version}`, KEYS.include);
    const ref = this.text(entries?.get('ref')?.value, `\`ref\` in ${version}`);
    if (!entries || ref === null) return null;
    const { values, spans } = this.textMap(entries.get('parameters')?.value, `\`parameters\` of \`${ref}\` in ${version}`, true);
    return { ref, parameters: values, span: this.tree.spanOf(entries.get('ref')!.value), parameterSpans: spans };
  }

  private timelineEntry(node: Node | null, index: number): TimelineEntry | null {
    const where = `timeline entry ${index + 1}`;
    const entries = this.entries(node, where, KEYS.timeline);
    if (!entries) return null;
    const date = this.day(entries.get('date')?.value, `\`date\` of ${where}`);
    if (date === null) return null;
    const versionsNode = entries.get('versions')?.value;
    const versions: Record<string, ScopeVersionState> = {};
    const versionSpans: Record<string, Span> = {};
    if (isMap(versionsNode)) {
      for (const pair of versionsNode.items as Pair<Node | null, Node | null>[]) {
        const name = isScalar(pair.key) ? String((pair.key as Scalar).value) : null;
        if (name === null) continue;
        const state = this.oneOf(resolveNode(this.tree, pair.value), `version \`${name}\` on ${date}`, SCOPE_VERSION_STATE_NAMES, SCOPE_TIMELINE);
        versionSpans[name] = this.tree.spanOf(pair.key);
        if (state !== null) versions[name] = state;
      }
    } else if (versionsNode !== undefined && !(isScalar(versionsNode) && versionsNode.value === null)) {
      this.report(`Unexpected ${describeNode(versionsNode)} for \`versions\` of ${where}, expected a mapping from version to ${list(SCOPE_VERSION_STATE_NAMES)}`, versionsNode);
    }
    return { date, versions, versionSpans, span: this.tree.spanOf(entries.get('date')!.value) };
  }

  private script(node: Node | null, index: number): ScopeScript | null {
    const where = `script ${index + 1}`;
    const entries = this.entries(node, where, KEYS.script);
    if (!entries) return null;
    const executable = this.text(entries.get('executable')?.value, `\`executable\` of ${where}`);
    const named = executable ? `script \`${executable}\`` : where;
    const args = entries.get('args')?.value;
    return {
      executable,
      env: this.textMap(entries.get('env')?.value, `\`env\` of ${named}`, true).values,
      args: args === undefined ? null : this.text(args, `\`args\` of ${named}`, { loose: true }),
      testcases: this.items(entries.get('testcases')?.value, `\`testcases\` of ${named}`).flatMap((item, position) => this.testcase(item, position, named, executable) ?? []),
      span: this.tree.spanOf(node),
    };
  }

  private testcase(node: Node | null, index: number, script: string, executable: string | null): TestCase | null {
    const where = `test case ${index + 1} of ${script}`;
    const entries = this.entries(node, where, KEYS.testcase);
    if (!entries) return null;
    const id = this.text(entries.get('id')?.value, `\`id\` of ${where}`);
    if (id === null) return null;
    const named = `test case \`${id}\``;
    return {
      id,
      description: this.text(entries.get('description')?.value, `\`description\` of ${named}`),
      url: this.text(entries.get('url')?.value, `\`url\` of ${named}`),
      section: this.oneOf(entries.get('section')?.value, `\`section\` of ${named}`, TESTCASE_SECTIONS),
      lifetime: this.oneOf(entries.get('lifetime')?.value, `\`lifetime\` of ${named}`, TESTCASE_LIFETIMES) ?? DEFAULT_LIFETIME,
      manual: executable === null,
      executable,
      span: this.tree.spanOf(entries.get('id')!.value),
    };
  }
}

function list(words: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  const quoted = words.map((word) => `\`${word}\``);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
