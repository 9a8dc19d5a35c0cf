import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAtomicGenerate, installAtomicGenerate } from './atomic-generate.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'scs-atomic-generate-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('createAtomicGenerate', () => {
  it('writes a changed file as a new file renamed over the old one, and leaves an unchanged one alone', async () => {
    const generate = createAtomicGenerate();
    const file = path.join(dir, 'p', 'page.json');
    await generate(dir, 'p/page.json', '{"a":1}', false);
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
    const first = statSync(file);
    await generate(dir, 'p/page.json', '{"a":1}', false);
    expect(statSync(file).ino).toBe(first.ino);
    expect(statSync(file).mtimeMs).toBe(first.mtimeMs);
    await generate(dir, file, '{"a":2}', false);
    // A rename gives the path a new inode: a reader has the old file or the new one, never a truncated one.
    expect(statSync(file).ino).not.toBe(first.ino);
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}');
    expect(readdirSync(path.dirname(file))).toEqual(['page.json']);
  });

  it('compares with a file left by an earlier process, and always writes when told to skip the cache', async () => {
    await writeFile(path.join(dir, 'registry.js'), 'export default {};\n');
    const before = statSync(path.join(dir, 'registry.js')).ino;
    const generate = createAtomicGenerate();
    await generate(dir, 'registry.js', 'export default {};\n', false);
    expect(statSync(path.join(dir, 'registry.js')).ino).toBe(before);
    await generate(dir, 'registry.js', 'export default {};\n', true);
    expect(statSync(path.join(dir, 'registry.js')).ino).not.toBe(before);
  });
});

describe('installAtomicGenerate', () => {
  it("replaces the generate that Docusaurus's code calls through @docusaurus/utils", async () => {
    expect(installAtomicGenerate()).toBe(true);
    expect(installAtomicGenerate()).toBe(true);
    const utils = createRequire(import.meta.url)('@docusaurus/utils') as { generate: (dir: string, file: string, content: string, skip?: boolean) => Promise<void> };
    await utils.generate(dir, 'x.json', '{}', false);
    const inode = statSync(path.join(dir, 'x.json')).ino;
    await utils.generate(dir, 'x.json', '{"b":1}', false);
    expect(statSync(path.join(dir, 'x.json')).ino).not.toBe(inode);
    expect(existsSync(path.join(dir, 'x.json'))).toBe(true);
  });
});
