// Where the browser's route for standards pages (src/components/standards/routes/StandardsRoute.tsx)
// leaves its prefetch for ./prefetch-on-intent.ts. The client module cannot import that route: the
// route imports the generated route table, which imports the route, and client modules are evaluated
// before the table. Neither side imports the other; both import this.

type Prefetcher = (pathname: string) => Promise<void>;

let prefetcher: Prefetcher | null = null;

/** Called by the route when its module is evaluated (production builds only: the dev server has a route per page). */
export function setPagePrefetcher(prefetch: Prefetcher): void {
  prefetcher = prefetch;
}

/** Fetches the data and code of the page at `pathname` if the route handles it; nothing before the route is loaded. */
export function prefetchPage(pathname: string): Promise<void> {
  return prefetcher ? prefetcher(pathname) : Promise.resolve();
}
