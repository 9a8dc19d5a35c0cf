// The scopes and compliance plugin: lifecycle glue only. It reads the scope
// files and the compliance results (or asks the compliance monitor), reports
// their problems linter-style, adds the scope, compliance and subject pages,
// and after the build writes the badges and the two JSON files.
import { actionsBelowBaseUrl } from './site-address.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { evaluateSubjects, type SubjectEvaluation } from '../compliance/evaluate.js';
import type { MonitorOptions } from '../compliance/monitor.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { Registry } from '../model/registry.js';
import type { Scope } from '../model/scope.js';
import { loadComplianceResults } from '../parse/load-compliance.js';
import { buildScopeOutputs } from '../export/scope-outputs.js';
import { loadCorpusOnce } from './corpus.js';
import { sourceText } from './compliance-props.js';
import { buildScopeRoutes, createScopeRoutes } from './scope-routes.js';
import { forgetScopes, loadScopesOnce, readableScopes, type ScopeSource } from './scopes-data.js';

export interface ScopesPluginOptions {
  standardsDir: string;
  scopes: ScopeSource;
  /** One YAML file per subject. */
  complianceDir: string;
  /** Read results from this monitor instead of the files, falling back to them; null: files only. */
  monitor: MonitorOptions | null;
  date: CalendarDate;
  siteUrl: string;
}

export interface ScopesContent {
  registry: Registry;
  scopes: Scope[];
  subjects: SubjectEvaluation[];
  origin: 'files' | 'monitor';
  source: string;
}

export default function scopesPlugin(context: LoadContext, options: ScopesPluginOptions): Plugin<ScopesContent> {
  let loads = 0;
  return {
    name: 'scs-scopes',

    getPathsToWatch() {
      return [`${options.scopes.dir}/*.{yaml,yml}`, `${options.complianceDir}/*.{yaml,yml}`];
    },

    async loadContent() {
      if (loads++ > 0) forgetScopes();
      const [corpus, files] = await Promise.all([loadCorpusOnce(options.standardsDir), loadScopesOnce(options.scopes, options.standardsDir)]);
      const scopes = readableScopes(files);
      const compliance = await loadComplianceResults(options.complianceDir, scopes, options.monitor);
      const problems = [
        ...files.flatMap((file) => file.findings.map((finding) => ({ file: path.join(options.standardsDir, file.path), finding }))),
        ...compliance.files.flatMap((file) => file.findings.map((finding) => ({ file: path.join(options.complianceDir, file.path), finding }))),
      ].map(({ file, finding }) => `${file}:${finding.span?.start.line ?? 1}:${finding.span?.start.column ?? 1}  ${finding.message}  ${finding.ruleId}`);
      if (problems.length > 0) console.warn(`[scs-scopes] ${problems.length} problem(s) in scope and compliance files (npm run lint:standards explains the scope files; compliance-file is explained in docs/lint-rules/compliance-file.md):\n${problems.join('\n')}`);
      if (options.monitor) {
        console.info(
          compliance.fallbackReason
            ? `[scs-scopes] Compliance monitor not used, results come from ${options.complianceDir}: ${compliance.fallbackReason}`
            : `[scs-scopes] Compliance results from the monitor at ${options.monitor.url}`,
        );
      }
      const subjects = evaluateSubjects(scopes, compliance.files, options.date);
      for (const subject of subjects) {
        if (subject.unknownScopes.length > 0) console.warn(`[scs-scopes] ${subject.subject.path}: results for unknown scope(s) ${subject.unknownScopes.join(', ')} are left out`);
      }
      return { registry: corpus.registry, scopes, subjects, origin: compliance.origin, source: sourceText(compliance.origin, compliance.fallbackReason) };
    },

    async contentLoaded({ content, actions }) {
      try {
        createScopeRoutes(actionsBelowBaseUrl(actions, context.baseUrl), buildScopeRoutes(content, options.date, options.siteUrl));
      } catch (cause) {
        throw new Error(`Could not build the scope and compliance pages from ${options.scopes.dir}`, { cause });
      }
    },

    async postBuild({ content, outDir, siteConfig }) {
      const siteUrl = siteConfig.url + siteConfig.baseUrl.replace(/\/$/, '');
      for (const file of buildScopeOutputs({ ...content, date: options.date, siteUrl })) {
        const target = path.join(outDir, file.path);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, file.content);
      }
    },
  };
}
