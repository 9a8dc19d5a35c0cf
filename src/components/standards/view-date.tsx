// The day a standards page shows its states for. The HTML is rendered for the
// build day (readable without JavaScript, and what the first render in the
// browser must repeat, or React reports a hydration mismatch); once the page
// runs, the day is today in the reader's browser, or the `?date=YYYY-MM-DD` of
// the address. Pages provide it, and every link and badge below reads it.
import React, { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import { isCalendarDate, today } from '@site/plugins/standards/model/lifecycle';
import { buildDayView, resolveViewDate, withDateParam, type ViewDate } from '@site/plugins/standards/docusaurus/dated';
import { useHydrated } from './hydrated';

export const ViewDateContext = createContext<ViewDate | null>(null);

/** The view date of the current address: the build day in the HTML and the first render, then the reader's day. */
export function useViewDateOfAddress(buildDate: string): ViewDate {
  const { search } = useLocation();
  // Pages reached by navigation, after the app has hydrated, start with the reader's day at once.
  const running = useHydrated();
  return useMemo(() => (running ? resolveViewDate(search, today(), buildDate) : buildDayView(buildDate)), [running, search, buildDate]);
}

/** The view date of the page; null outside a standards page (links then carry no date). */
export function useViewDate(): ViewDate | null {
  return useContext(ViewDateContext);
}

/** Whether the page shows another day than the reader's today. */
export function isNotToday(view: ViewDate): boolean {
  return view.today !== null && view.date !== view.today;
}

/** Says which day the states are for: the build day in the HTML, today, or a chosen day (clearly not today). */
export function DateNotice({ view }: { view: ViewDate }): React.ReactElement {
  const { pathname, search, hash } = useLocation();
  const todayHref = withDateParam(`${pathname}${search}${hash}`, null);
  if (view.invalid !== null) {
    return (
      <p className="scs-date-notice scs-date-notice--invalid" role="alert">
        The date <code>{view.invalid}</code> in the address is not a day written YYYY-MM-DD (for example {view.today}); showing today, {view.today}.
      </p>
    );
  }
  if (view.today === null) {
    return (
      <p className="scs-date-notice" data-scs-date={view.date} data-scs-date-kind="build">
        States as on {view.date}, the day this page was built.
      </p>
    );
  }
  if (isNotToday(view)) {
    return (
      <p className="scs-date-notice scs-date-notice--other" data-scs-date={view.date} data-scs-date-kind="chosen">
        <strong>Not today:</strong> every state on this page is as on {view.date} ({view.date < view.today ? 'in the past' : 'in the future'}; today is {view.today}).{' '}
        <Link to={todayHref}>Show today</Link>
      </p>
    );
  }
  return (
    <p className="scs-date-notice" data-scs-date={view.date} data-scs-date-kind="today">
      States as on today, {view.date}.
    </p>
  );
}

/**
 * A labelled date field and a button back to today. Changing the day changes
 * the address (`?date=`), so it can be shared and links keep it; `onChange`
 * lets a page that owns its query (the overview) write it itself.
 *
 * Typing a day passes through other whole days (the year 2026 is 0002, 0020,
 * 0202 on the way), so what is typed is committed only on Enter or when the
 * field loses the focus; a day picked with the calendar (no key pressed) is
 * committed at once. Only whole, real days are committed (`isCalendarDate`).
 */
export function DatePicker({ view, onChange }: { view: ViewDate; onChange?: (date: string | null) => void }): React.ReactElement {
  const location = useLocation();
  const history = useHistory();
  const shown = view.chosen ?? view.date;
  const [draft, setDraft] = useState(shown);
  /** A key was pressed in the field since the last commit: the value is being typed. */
  const typing = useRef(false);
  useEffect(() => setDraft(shown), [shown]);
  const navigate = (date: string | null) => {
    if (onChange) return onChange(date);
    // A replace, not a push: the date is a view of the same page, like the filters.
    history.replace(withDateParam(`${location.pathname}${location.search}${location.hash}`, date));
  };
  const commit = (value: string) => {
    typing.current = false;
    if (!isCalendarDate(value)) return setDraft(shown); // a partly typed or emptied field goes back to the day shown
    if (value !== shown) navigate(value === view.today ? null : value);
  };
  return (
    <div className="scs-date-picker">
      <label>
        <span>Registry on</span>
        <input
          type="date"
          value={draft}
          aria-describedby="scs-date-picker-help"
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault(); // in a form, Enter would submit it
              commit(event.currentTarget.value);
            } else if (event.key !== 'Tab' && event.key !== 'Shift') typing.current = true;
          }}
          onBlur={(event) => {
            if (typing.current) commit(event.currentTarget.value);
          }}
          onChange={(event) => {
            setDraft(event.target.value);
            if (!typing.current && isCalendarDate(event.target.value)) commit(event.target.value);
          }}
        />
      </label>
      <button type="button" className="button button--secondary button--sm" onClick={() => navigate(null)} disabled={view.chosen === null && view.invalid === null}>
        Today
      </button>
      <span id="scs-date-picker-help" className="scs-visually-hidden">
        Shows every state as on this day (type a day and press Enter, or pick one); Today returns to the states of today.
      </span>
    </div>
  );
}
