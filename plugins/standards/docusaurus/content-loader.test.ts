// The loader's error path, as the dev server meets it when a document is
// edited into one that cannot be rendered: the message names file, line and
// rule id, and no stack trace of the plugin's internals reaches the author.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const loader = require('./content-loader.cjs') as (this: unknown, content: string) => void;

function runLoader(compile: () => Promise<string>): Promise<{ error: (Error & { hideStack?: boolean }) | null; code?: string }> {
  return new Promise((resolve) => {
    const dependencies: string[] = [];
    const context = {
      resourcePath: '/site/Standards/scs-0100-v1-a.md',
      _compiler: { name: 'client' },
      async: () => (error: Error | null, code?: string) => resolve({ error, ...(code !== undefined ? { code } : {}) }),
      getOptions: () => ({ compile, dependencies: ['/site/.docusaurus/corpus-key'] }),
      addDependency: (file: string) => dependencies.push(file),
    };
    loader.call(context, '---\ntitle: A\n---\n');
  });
}

describe('content-loader', () => {
  it('passes the compiled module on', async () => {
    expect(await runLoader(async () => 'export default 1;')).toEqual({ error: null, code: 'export default 1;' });
  });

  it('fails only this module, with the file, line and rule id and without a stack trace', async () => {
    const message = 'Standards/scs-0100-v1-a.md:20:1: cannot render this document: Unexpected block quotes nested 150 levels deep, expected at most 100 (resource-limit; run `npm run lint:standards`)';
    const { error } = await runLoader(async () => {
      throw new Error(message, { cause: new RangeError('deep inside') });
    });
    expect(error?.message).toBe(message);
    expect(error?.hideStack).toBe(true);
    expect(error?.stack).toBe(message);
    expect(error?.stack).not.toMatch(/\n\s+at /);
  });

  it('turns a thrown non-error into a message too', async () => {
    const { error } = await runLoader(() => Promise.reject('Standards/scs-0100-v1-a.md:1:1: broken'));
    expect({ message: error?.message, stack: error?.stack }).toEqual({ message: 'Standards/scs-0100-v1-a.md:1:1: broken', stack: 'Standards/scs-0100-v1-a.md:1:1: broken' });
  });
});
