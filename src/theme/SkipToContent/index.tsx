// Docusaurus's skip link, with the focus kept where it lands. The original
// focuses <main> through a temporary tabindex that it removes at once; current
// Chromium then drops the focus to <body> (the element is no longer focusable),
// so a screen reader announces nothing and <main> is never "the focused element".
// Here <main> keeps tabindex="-1" until the focus leaves it.
import React from 'react';
import SkipToContentOriginal from '@theme-original/SkipToContent';
import { SkipToContentFallbackId } from '@docusaurus/theme-common';

function focusMainContent(event: React.MouseEvent<HTMLDivElement>): void {
  if (!(event.target instanceof Element) || !event.target.closest('a')) return;
  const target = document.querySelector<HTMLElement>('main:first-of-type') ?? document.getElementById(SkipToContentFallbackId);
  if (!target || target.hasAttribute('tabindex')) return target?.focus();
  target.setAttribute('tabindex', '-1');
  target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  target.focus();
}

export default function SkipToContent(): React.ReactElement {
  // `display: contents`: the wrapper only listens (the original's link handles the click first); it adds no box.
  return (
    <div className="scs-skip-to-content" onClick={focusMainContent}>
      <SkipToContentOriginal />
    </div>
  );
}
