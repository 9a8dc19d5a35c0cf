// Whether the app has hydrated: until then a page renders what its HTML shows
// (the build day's states), so React finds the same markup. Pages reached by
// navigation, after the first hydration, may use the reader's day at once.
// No imports beyond React: every standards page and the sidebar use it.
import { useEffect, useState } from 'react';

let hydrated = false;

export function useHydrated(): boolean {
  const [running, setRunning] = useState(hydrated);
  useEffect(() => {
    hydrated = true;
    setRunning(true);
  }, []);
  return running;
}
