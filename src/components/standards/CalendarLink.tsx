// A link to an iCalendar file of lifecycle dates. A plain link, not a route of
// the app: the file is written after the build (export/calendar.ts).
import React from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';

export default function CalendarLink({ href, subject }: { href: string; subject: string }): React.ReactElement {
  const url = useBaseUrl(href);
  return (
    <p className="scs-calendar-link">
      <a href={url} type="text/calendar">
        Calendar of {subject}&apos;s dates
      </a>{' '}
      (iCalendar file: subscribe to it in a calendar app to be told when a version takes effect or is deprecated)
    </p>
  );
}
