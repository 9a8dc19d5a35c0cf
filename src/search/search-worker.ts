// The search worker: Pagefind and ./engine.ts in a thread of their own, so that a search neither
// blocks the page nor sends it Pagefind's whole list of matches (see engine.ts). Started by
// ./pagefind.ts (through ./start-worker.ts); the messages are ./worker-protocol.ts.
import { createEngine, startPagefind, type Engine } from './engine';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
  location: { origin: string };
}

const scope = self as unknown as WorkerScope;
let engine: Promise<Engine> | null = null;
/** The searches not answered yet, so that the page can abort them. */
const running = new Map<number, AbortController>();

function reply(id: number, work: Promise<unknown>): void {
  work.then(
    (value) => scope.postMessage({ id, ok: true, value }),
    (error: unknown) =>
      scope.postMessage({ id, ok: false, aborted: error instanceof DOMException && error.name === 'AbortError', message: error instanceof Error ? error.message : String(error) }),
  );
}

scope.onmessage = ({ data: request }) => {
  switch (request.type) {
    case 'init':
      engine ??= startPagefind(scope.location.origin, request.baseUrl).then(createEngine);
      reply(request.id, engine.then(() => null));
      break;
    case 'search': {
      const controller = new AbortController();
      running.set(request.id, controller);
      const work = engine ? engine.then((started) => started.search(request.query, request.filters, request.count, controller.signal)) : Promise.reject(new Error('search before init'));
      reply(request.id, work.finally(() => running.delete(request.id)));
      break;
    }
    case 'abort':
      running.get(request.target)?.abort();
      break;
    case 'filters':
      reply(request.id, engine ? engine.then((started) => started.filters()) : Promise.reject(new Error('filters before init')));
      break;
    case 'preload':
      // Nobody waits for a preload; a failure shows in the search that follows.
      engine?.then((started) => started.preload(request.term)).catch(() => undefined);
      break;
  }
};
