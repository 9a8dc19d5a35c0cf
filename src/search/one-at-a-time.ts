// A queue of searches, one running at a time: the search engine next to Pagefind (./engine.ts) takes
// the box's queries through it, so a query typed while another runs waits for it and does not queue
// behind every query typed before it. Pure, tested in tests/search-one-at-a-time.test.ts.

export type Serial = <T>(task: () => Promise<T>, signal: AbortSignal) => Promise<T>;

/**
 * Runs the tasks given to it one at a time. A task waits until the one running has settled; if its
 * signal is aborted meanwhile (a newer query came), it does not run and rejects with the signal's reason.
 */
export function oneAtATime(): Serial {
  let running: Promise<unknown> | null = null;
  return async (task, signal) => {
    while (running) await running.catch(() => undefined);
    signal.throwIfAborted();
    const started = task();
    running = started;
    try {
      return await started;
    } finally {
      if (running === started) running = null;
    }
  };
}
