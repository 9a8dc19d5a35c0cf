// The day a page is read for, for small pieces outside a page's view-date
// provider (the sidebar entries): null in the HTML and
// the first render (the build day's output stays, so hydration matches), then
// the `?date=` of the address if it is a day, else today. Kept apart from
// view-date.tsx so these pieces stay light.
import { useMemo } from 'react';
import { useLocation } from '@docusaurus/router';
import { isCalendarDate, today } from '@site/plugins/standards/model/lifecycle';
import { useHydrated } from './hydrated';

/** The `?date=` of an address when it is a day, else null. */
export function chosenDate(search: string): string | null {
  const asked = new URLSearchParams(search).get('date');
  return asked !== null && isCalendarDate(asked) ? asked : null;
}

/** The reader's day: null until the page runs, then the address's `?date=` (a day) or today; `chosen` says which. */
export function useReaderDate(): { date: string; chosen: boolean } | null {
  const { search } = useLocation();
  const running = useHydrated();
  return useMemo(() => {
    if (!running) return null;
    const chosen = chosenDate(search);
    return chosen !== null ? { date: chosen, chosen: true } : { date: today(), chosen: false };
  }, [running, search]);
}
