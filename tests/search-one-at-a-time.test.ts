import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../src/search/one-at-a-time.js';

/** A task that resolves when told to, noting when it started. */
function deferred(name: string, log: string[]) {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const task = () => {
    log.push(`start ${name}`);
    return new Promise<string>((resolve, reject) => ((finish = resolve), (fail = reject)));
  };
  return { task, finish: () => finish(name), fail: (message: string) => fail(new Error(message)) };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('oneAtATime', () => {
  it('runs a task at once when none runs', async () => {
    const run = oneAtATime();
    await expect(run(async () => 'a', new AbortController().signal)).resolves.toBe('a');
  });

  it('starts the next task only when the running one has settled', async () => {
    const log: string[] = [];
    const run = oneAtATime();
    const a = deferred('a', log);
    const b = deferred('b', log);
    const first = run(a.task, new AbortController().signal);
    const second = run(b.task, new AbortController().signal);
    await tick();
    expect(log).toEqual(['start a']);
    a.finish();
    await expect(first).resolves.toBe('a');
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    b.finish();
    await expect(second).resolves.toBe('b');
  });

  it('skips a waiting task whose signal was aborted (a newer query came), and runs the newest', async () => {
    const log: string[] = [];
    const run = oneAtATime();
    const [a, b, c] = ['a', 'b', 'c'].map((name) => deferred(name, log));
    const stale = new AbortController();
    const first = run(a!.task, new AbortController().signal);
    const skipped = run(b!.task, stale.signal);
    const newest = run(c!.task, new AbortController().signal);
    stale.abort();
    a!.finish();
    await first;
    await expect(skipped).rejects.toThrow();
    await tick();
    c!.finish();
    await expect(newest).resolves.toBe('c');
    expect(log).toEqual(['start a', 'start c']);
  });

  it('goes on after a task that failed', async () => {
    const log: string[] = [];
    const run = oneAtATime();
    const a = deferred('a', log);
    const failing = run(a.task, new AbortController().signal);
    const next = run(async () => 'b', new AbortController().signal);
    a.fail('index missing');
    await expect(failing).rejects.toThrow('index missing');
    await expect(next).resolves.toBe('b');
  });
});
