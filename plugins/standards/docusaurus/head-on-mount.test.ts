import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import headOnMountPlugin, { headManagerModule } from './head-on-mount.js';

const require = createRequire(import.meta.url);
const loader = require('./head-on-mount-loader.cjs') as (this: unknown, source: string) => string;

function runLoader(source: string): { output: string; warnings: string[] } {
  const warnings: string[] = [];
  const context = { resourcePath: '/x/index.module.js', emitWarning: (error: Error) => warnings.push(error.message) };
  return { output: loader.call(context, source), warnings };
}

describe('head tags registered on mount', () => {
  it('finds the statement it changes in the head manager Docusaurus installs', () => {
    // Fails when Docusaurus moves to another head manager: then the loader (and this plugin) need another look.
    const { output, warnings } = runLoader(readFileSync(headManagerModule(), 'utf8'));
    expect(warnings).toEqual([]);
    expect(output).toContain('r.componentDidMount=function(){this.init()},r.render=function(){return null}');
    expect(output).not.toContain('return this.init(),null');
  });

  it('leaves other text as it is and warns', () => {
    expect(runLoader('export const x = 1;')).toEqual({ output: 'export const x = 1;', warnings: [expect.stringContaining('has changed')] });
  });

  it('changes the browser bundle only', () => {
    const plugin = headOnMountPlugin();
    const configure = plugin.configureWebpack as (config: object, isServer: boolean) => { module?: { rules: Array<{ include: string[] }> } };
    expect(configure({}, true)).toEqual({});
    expect(configure({}, false).module?.rules[0]?.include).toEqual([headManagerModule()]);
  });
});
