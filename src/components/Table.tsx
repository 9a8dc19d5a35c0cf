// A table of a document's body. Infima shows Markdown tables as blocks that
// scroll sideways when they are wider than the text column (on a phone, most
// are). A scrolling region with nothing focusable in it cannot be scrolled from
// the keyboard (WCAG 2.1.1), so the table joins the Tab order while, and only
// while, it is wider than its box.
import React, { useEffect, useRef, useState } from 'react';

export default function Table(props: React.ComponentProps<'table'>): React.ReactElement {
  const ref = useRef<HTMLTableElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const table = ref.current;
    if (!table) return;
    const measure = () => setScrolls(table.scrollWidth > table.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(table);
    return () => observer.disconnect();
  }, []);
  return <table ref={ref} {...props} {...(scrolls ? { tabIndex: 0 } : {})} />;
}
