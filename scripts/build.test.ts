import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDirOf } from './build.js';

const root = path.resolve(import.meta.dirname, '..');

describe('outDirOf', () => {
  it.each([
    [[], path.join(root, 'build')],
    [['--out-dir', '/tmp/site'], '/tmp/site'],
    [['--out-dir=/tmp/site'], '/tmp/site'],
    [['--locale', 'en', '--out-dir', 'public'], path.join(root, 'public')],
    [['--out-dir'], path.join(root, 'build')],
  ])('%j -> %s', (args, expected) => {
    expect(outDirOf(args)).toBe(expected);
  });
});
