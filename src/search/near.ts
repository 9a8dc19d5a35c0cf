// Whether the pointer is near an element: the search box starts loading the
// search code when the pointer comes within reach of it (src/search/theme/SearchBar),
// before the click that focuses it. Pure, tested in tests/search-near.test.ts.

/** How close the pointer must come to the search box, in CSS pixels, for the search code to be fetched. */
export const NEAR_PX = 48;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Distance from a point to a box (0 inside it). */
export function distanceToBox(x: number, y: number, box: Box): number {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return Math.hypot(dx, dy);
}

export function isNear(x: number, y: number, box: Box, reach = NEAR_PX): boolean {
  // A hidden box (a collapsed navbar on a phone) has no size: it is near nothing.
  if (box.right <= box.left || box.bottom <= box.top) return false;
  return distanceToBox(x, y, box) <= reach;
}
