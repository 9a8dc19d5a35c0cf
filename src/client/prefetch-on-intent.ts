// Fetches a standards page's data and code when a reader shows they are about
// to open it: the pointer rests on a link to it, the keyboard focus reaches it or a finger touches it. Docusaurus does the same for its own routes
// (its Link preloads on mouseenter and touchstart), but it asks a route for its
// code without saying which address: all standards pages are one route in the
// browser (src/components/standards/routes/StandardsRoute.tsx), whose data
// depends on the address, so this module tells it (through ./page-prefetcher.ts). Links merely in view are
// not fetched (./no-viewport-prefetch.ts). A click then finds the data loaded.
// Short permalinks and files (./link-intent.ts, mayHavePageData) have no page data and are not asked for.
import type { ClientModule } from '@docusaurus/types';
import siteConfig from '@generated/docusaurus.config';
import { prefetchPage } from './page-prefetcher';
import { HOVER_INTENT_MS, intendedPath, mayHavePageData, onceEach } from './link-intent';

const prefetch = onceEach((pathname) => {
  // A failed prefetch is forgotten by the route (asked again on the click) and is nobody's error here.
  prefetchPage(pathname).catch(() => undefined);
});

function anchorOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest('a[href]') : null;
}

function prefetchLink(anchor: HTMLAnchorElement | null): void {
  if (!anchor) return;
  const pathname = intendedPath(anchor, window.location);
  if (pathname !== null && mayHavePageData(pathname, siteConfig.baseUrl)) prefetch(pathname);
}

let hovered: { anchor: HTMLAnchorElement; timer: ReturnType<typeof setTimeout> } | null = null;

function listen(): void {
  document.addEventListener(
    'mouseover',
    (event) => {
      const anchor = anchorOf(event.target);
      if (anchor === hovered?.anchor) return;
      if (hovered) clearTimeout(hovered.timer);
      hovered = anchor ? { anchor, timer: setTimeout(() => prefetchLink(anchor), HOVER_INTENT_MS) } : null;
    },
    { passive: true },
  );
  // A link reached with the keyboard (Tab): Enter follows it. A click focuses its link too, and finds it asked for already.
  document.addEventListener('focusin', (event) => prefetchLink(anchorOf(event.target)), { passive: true });
  document.addEventListener('touchstart', (event) => prefetchLink(anchorOf(event.target)), { passive: true, capture: true });
}

if (typeof document !== 'undefined') listen();

const clientModule: ClientModule = {};
export default clientModule;
