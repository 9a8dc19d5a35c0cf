// A sidebar link of the classic theme, wrapped: an entry that carries its
// lifecycle dates (plugins/standards/docusaurus/sidebar-states.ts) gets the
// state class of the day the page is read, or of the `?date=` asked for. The
// HTML keeps the build day's class, so the first render matches it.
import React from 'react';
import DocSidebarItemLink from '@theme-original/DocSidebarItem/Link';
import type { Props } from '@theme/DocSidebarItem/Link';
import { sidebarClassNameAt } from '@site/plugins/standards/docusaurus/sidebar-states';
import { useReaderDate } from '@site/src/components/standards/reader-date';

export default function DocSidebarItemLinkOnDay(props: Props): React.ReactElement {
  const reader = useReaderDate();
  const { item } = props;
  const className = reader === null ? item.className : sidebarClassNameAt(item.className, item.customProps, reader.date);
  return <DocSidebarItemLink {...props} item={className === item.className ? item : { ...item, className }} />;
}
