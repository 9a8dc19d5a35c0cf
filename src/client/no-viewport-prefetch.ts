// Docusaurus fetches, in the background, the JavaScript of every internal link
// that scrolls into view: on a standard's page that is the sidebar, the
// breadcrumbs, the pagination and the navbar's overview link (whose props list
// every standard), about 140 KB for our corpus and growing with it. We turn
// that off. Trade-off: links still load their page's code ahead when hovered
// or touched (Docusaurus's preload, left as is); a link followed by keyboard
// or without hovering fetches its chunks after the click, a few tens of KB.
import type { ClientModule } from '@docusaurus/types';

const noPrefetch = () => false as const;

function stopViewportPrefetch(): void {
  // Docusaurus freezes the object it mounts on window; links look it up on each call, so a copy replaces it.
  if (typeof window === 'undefined' || !window.docusaurus || window.docusaurus.prefetch === noPrefetch) return;
  window.docusaurus = Object.freeze({ ...window.docusaurus, prefetch: noPrefetch });
}

const clientModule: ClientModule = {
  // Runs on the first render too, before the observers of the links in view report.
  onRouteDidUpdate: stopViewportPrefetch,
};

export default clientModule;
