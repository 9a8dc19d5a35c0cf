// A sidebar link of the classic theme, wrapped: an entry that carries its
// lifecycle dates (plugins/standards/docusaurus/sidebar-states.ts) gets the
// state class of the day the page is read, or of the `?date=` asked for. The
// HTML keeps the build day's class, so the first render matches it.
//
// A click on an entry keeps the chosen `?date=`: the navigation adds it
// (sidebarNavigation), while the link's `href` stays the plain address, since
// the theme finds the active entry by comparing `href` with the page's path
// and a link without script must not carry a day nobody chose.
import React from 'react';
import DocSidebarItemLink from '@theme-original/DocSidebarItem/Link';
import type { Props } from '@theme/DocSidebarItem/Link';
import isInternalUrl from '@docusaurus/isInternalUrl';
import { useHistory } from '@docusaurus/router';
import { sidebarClassNameAt, sidebarNavigation } from '@site/plugins/standards/docusaurus/sidebar-states';
import { useReaderDate } from '@site/src/components/standards/reader-date';

export default function DocSidebarItemLinkOnDay(props: Props): React.ReactElement {
  const reader = useReaderDate();
  const history = useHistory();
  const { item, onItemClick } = props;
  const className = reader === null ? item.className : sidebarClassNameAt(item.className, item.customProps, reader.date);
  const chosen = reader?.chosen ? reader.date : null;
  const keepDate =
    chosen !== null && isInternalUrl(item.href)
      ? {
          onClick: (event: React.MouseEvent<HTMLAnchorElement>) => {
            onItemClick?.(item);
            const target = sidebarNavigation(item.href, chosen, event);
            if (target === null) return;
            event.preventDefault();
            history.push(target);
          },
        }
      : {};
  return <DocSidebarItemLink {...props} {...keepDate} item={className === item.className ? item : { ...item, className }} />;
}
