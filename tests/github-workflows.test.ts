// The CI of the repository as files: every workflow parses, every `npm run X`
// it uses exists, the pull-request lint compares with the base branch and
// annotates; the issue forms and pull request templates are well-formed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.join(import.meta.dirname, '..');
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const scripts = Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
  'continue-on-error'?: boolean;
}
interface Job {
  steps: Step[];
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: unknown;
  env?: Record<string, string>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
const workflows = new Map(files.map((name) => [name, parse(readFileSync(path.join(WORKFLOWS, name), 'utf8')) as Workflow]));
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (workflow: Workflow) => steps(workflow).flatMap((step) => (step.run === undefined ? [] : [step.run]));

/** `npm run X`, `npm run-script X`, `npm test`, `npm start` in a shell line. */
function npmScripts(command: string): string[] {
  const named = [...command.matchAll(/\bnpm\s+(?:run|run-script)\s+([^\s;&|`'")]+)/g)].map((match) => match[1]!);
  const builtins = [...command.matchAll(/\bnpm\s+(test|start)\b/g)].map((match) => match[1]!);
  return [...named, ...builtins];
}

describe('.github/workflows', () => {
  it('has the pull-request and nightly workflows, and each parses', () => {
    expect(files).toEqual(expect.arrayContaining(['nightly.yml', 'pull-request.yml']));
    for (const [name, workflow] of workflows) {
      expect(typeof workflow.name, name).toBe('string');
      expect(Object.keys(workflow.jobs).length, name).toBeGreaterThan(0);
      for (const [id, job] of Object.entries(workflow.jobs)) expect(Array.isArray(job.steps), `${name} ${id}`).toBe(true);
    }
  });

  it('runs only npm scripts that exist in package.json', () => {
    const used = [...workflows.values()].flatMap((workflow) => runs(workflow).flatMap(npmScripts));
    expect(used.length).toBeGreaterThan(5);
    for (const script of used) expect(scripts, `npm run ${script}`).toContain(script);
    expect(npmScripts('npm run lint:standards -- --base x && npm test; npm run-script build')).toEqual(['lint:standards', 'build', 'test']);
  });

  it('lints pull requests against the base branch, as annotations and a job summary', () => {
    const workflow = workflows.get('pull-request.yml')!;
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const lint = runs(workflow).filter((run) => run.includes('npm run lint:standards'));
    expect(lint).toHaveLength(1);
    expect(lint[0]).toMatch(/--base "origin\/\$BASE_REF"/);
    expect(lint[0]).toMatch(/--format github/);
    expect(lint[0]).toMatch(/--summary "\$GITHUB_STEP_SUMMARY"/);
    const lintStep = steps(workflow).find((step) => step.run === lint[0])!;
    expect(lintStep.env?.BASE_REF).toBe('${{ github.base_ref }}');
    expect(lintStep['continue-on-error']).toBeUndefined();
    // --base needs the history of the base branch.
    const checkout = workflow.jobs.lint!.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    const commands = runs(workflow).join('\n');
    expect(commands).toMatch(/^npm test$/m);
    expect(commands).toMatch(/^npm run build$/m);
  });

  it('rebuilds and deploys the portal to GitHub Pages and checks external links every night', () => {
    const workflow = workflows.get('nightly.yml')!;
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* \*$/) }]);
    expect(Object.keys(workflow.on)).toContain('workflow_dispatch');
    const build = workflow.jobs.build!;
    expect(build.steps.map((step) => step.run ?? step.uses)).toEqual(expect.arrayContaining(['npm run build', expect.stringMatching(/^actions\/upload-pages-artifact@v\d+$/)]));
    expect(build.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('build');
    // Built for the address Pages gives the repository (custom domain, or owner.github.io/<repository>/), asked first.
    const pages = build.steps.findIndex((step) => step.uses?.startsWith('actions/configure-pages@'));
    const buildStep = build.steps.findIndex((step) => step.run === 'npm run build');
    expect(pages).toBeGreaterThanOrEqual(0);
    expect(pages).toBeLessThan(buildStep);
    expect(build.steps[pages]!.id).toBe('pages');
    expect(build.steps[buildStep]!.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_URL: '${{ steps.pages.outputs.base_path }}/' });
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.steps.map((step) => step.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@v\d+$/)]);
    const links = runs(workflow).filter((run) => run.includes('npm run lint:links'));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/--cache --cache-file \.cache\/external-links\.json/);
    // The cache is saved even when the check fails (broken links are what a nightly run is for).
    const save = workflow.jobs.links!.steps.find((step) => step.uses?.startsWith('actions/cache/save@'));
    expect(save?.if).toBe('always()');
    expect(save?.with?.path).toBe('.cache/external-links.json');
  });

  it('keeps untrusted values out of scripts and write permissions away from pull requests', () => {
    for (const [name, workflow] of workflows) {
      expect(Object.keys(workflow.on), name).not.toContain('pull_request_target');
      expect(workflow.permissions, name).toEqual({ contents: 'read' });
      // Expressions expand before the shell runs: event data inside `run:` is script injection. Pass it through env.
      for (const run of runs(workflow)) expect(run, `${name}: ${run}`).not.toContain('${{');
      for (const step of steps(workflow)) if (step.uses) expect(step.uses, name).toMatch(/^[\w.-]+\/[\w./-]+@v\d+$/);
    }
  });
});

describe('.github issue forms and pull request templates', () => {
  const formsDir = path.join(ROOT, '.github', 'ISSUE_TEMPLATE');
  const forms = readdirSync(formsDir).filter((name) => name !== 'config.yml');

  it('has one issue form and one pull request template per contribution', () => {
    expect(forms).toEqual(expect.arrayContaining(['change-standard.yml', 'lifecycle-change.yml', 'propose-standard.yml']));
    expect(readdirSync(path.join(ROOT, '.github', 'PULL_REQUEST_TEMPLATE'))).toEqual(expect.arrayContaining(['change-standard.md', 'lifecycle-change.md', 'propose-standard.md']));
    expect(parse(readFileSync(path.join(formsDir, 'config.yml'), 'utf8'))).toEqual({ blank_issues_enabled: true });
  });

  it.each(forms)('%s is a valid issue form', (name) => {
    const form = parse(readFileSync(path.join(formsDir, name), 'utf8')) as { name: string; description: string; body: Array<{ type: string; id?: string; attributes: Record<string, unknown> }> };
    expect(typeof form.name).toBe('string');
    expect(typeof form.description).toBe('string');
    const ids = form.body.flatMap((item) => (item.id ? [item.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of form.body) {
      expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(item.type);
      if (item.type === 'markdown') expect(typeof item.attributes.value).toBe('string');
      else {
        expect(item.id).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(typeof item.attributes.label).toBe('string');
      }
      if (item.type === 'dropdown' || item.type === 'checkboxes') expect((item.attributes.options as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('asks for the stabilization checklist: conformance tests implemented, shown to work, documented', () => {
    const template = readFileSync(path.join(ROOT, '.github', 'PULL_REQUEST_TEMPLATE', 'lifecycle-change.md'), 'utf8');
    expect(template).toMatch(/- \[ \] Conformance tests are implemented/);
    expect(template).toMatch(/- \[ \] They are shown to work/);
    expect(template).toMatch(/- \[ \] They are documented/);
    const form = readFileSync(path.join(formsDir, 'lifecycle-change.yml'), 'utf8');
    expect(form).toContain('Conformance tests are implemented');
    // Every command a template tells contributors to run exists.
    const texts = [...readdirSync(path.join(ROOT, '.github', 'PULL_REQUEST_TEMPLATE')).map((name) => readFileSync(path.join(ROOT, '.github', 'PULL_REQUEST_TEMPLATE', name), 'utf8')), ...forms.map((name) => readFileSync(path.join(formsDir, name), 'utf8'))];
    for (const script of texts.flatMap(npmScripts)) expect(scripts, script).toContain(script);
  });
});

describe('the contributor guide', () => {
  it('names only npm scripts that exist', () => {
    for (const page of ['contributing.md', 'lifecycle.md', 'linting.md']) {
      const used = npmScripts(readFileSync(path.join(ROOT, 'docs', page), 'utf8'));
      expect(used.length, page).toBeGreaterThan(0);
      for (const script of used) expect(scripts, `${page}: npm run ${script}`).toContain(script);
    }
  });
});

describe('the pre-commit hook', () => {
  it('is an executable husky hook that runs lint-staged, and the prepare script installs it', () => {
    const hook = path.join(ROOT, '.husky', 'pre-commit');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    expect(readFileSync(hook, 'utf8')).toMatch(/^exec node_modules\/\.bin\/lint-staged$/m);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.scripts.prepare).toBe('node scripts/install-git-hooks.mjs');
    expect(Object.keys(pkg.devDependencies)).toEqual(expect.arrayContaining(['husky', 'lint-staged']));
  });
});
