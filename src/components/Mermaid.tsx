// A Mermaid diagram, drawn in the browser. The page first shows the diagram's
// source as a code block (the children); Mermaid (about 650 KB) is imported
// only when this component mounts, so pages without diagrams never fetch it.
// If Mermaid cannot load or the diagram does not parse, the source stays; once
// drawn, the source stays below the drawing, folded, as its text alternative.
import React, { useEffect, useId, useState } from 'react';
import { useColorMode } from '@docusaurus/theme-common';

export default function Mermaid({ source, children }: { source: string; children: React.ReactNode }): React.ReactElement {
  const [svg, setSvg] = useState<string | null>(null);
  const { colorMode } = useColorMode();
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  useEffect(() => {
    let current = true;
    import('mermaid')
      .then(async ({ default: mermaid }) => {
        // `strict` escapes labels and drops click handlers: diagrams come from untrusted documents.
        mermaid.initialize({
          startOnLoad: false,
          securityLevel: 'strict',
          theme: colorMode === 'dark' ? 'dark' : 'default',
          // The dark theme's edge labels (#ccc on half-transparent #585858) are 4.43:1; this makes them about 10:1.
          ...(colorMode === 'dark' ? { themeVariables: { edgeLabelBackground: '#2b2b2b' } } : {}),
        });
        // parse() first: render() of a broken diagram leaves an error drawing in the page.
        await mermaid.parse(source);
        const rendered = await mermaid.render(id, source);
        if (current) setSvg(rendered.svg);
      })
      .catch((error: unknown) => console.warn('Mermaid diagram left as source:', error));
    return () => {
      current = false;
    };
  }, [source, colorMode, id]);

  return (
    <div className="scs-mermaid" data-mermaid-diagram="">
      {svg === null ? (
        children
      ) : (
        <>
          <div role="img" aria-label="Diagram, given as text below" dangerouslySetInnerHTML={{ __html: svg }} />
          {/* The text alternative (WCAG 1.1.1): the source the drawing was made from. */}
          <details className="scs-mermaid__source">
            <summary>The diagram as text</summary>
            {children}
          </details>
        </>
      )}
    </div>
  );
}
