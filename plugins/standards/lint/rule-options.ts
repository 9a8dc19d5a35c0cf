// A rule sees only the settings its meta declares (`meta.options`): the
// options object a rule gets is a view that fails on any other setting, so the
// settings a rule's docs page lists (generated from its meta) are the ones it
// reads. Reading an undeclared setting is a programmer error: it throws, the
// runner turns that into a finding on the file, and the rule's tests fail.
import { LINT_OPTION_NAMES, type LintOptions, type RuleMeta } from './rule.js';

const views = new WeakMap<LintOptions, Map<string, LintOptions>>();

/** The view of `options` for the rule with `meta`; one per rule and options object. */
export function optionsFor(meta: RuleMeta, options: LintOptions): LintOptions {
  let byRule = views.get(options);
  if (!byRule) views.set(options, (byRule = new Map()));
  let view = byRule.get(meta.id);
  if (!view) byRule.set(meta.id, (view = declaredOnly(meta, options)));
  return view;
}

function declaredOnly(meta: RuleMeta, options: LintOptions): LintOptions {
  const declared = new Set<string>(meta.options ?? []);
  return new Proxy(options, {
    get(target, key, receiver) {
      if (typeof key === 'string' && Object.hasOwn(LINT_OPTION_NAMES, key)) {
        const name = LINT_OPTION_NAMES[key as keyof LintOptions];
        if (!declared.has(name)) {
          throw new Error(`Rule \`${meta.id}\` reads the setting \`${name}\` without declaring it: add '${name}' to its meta.options`);
        }
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
