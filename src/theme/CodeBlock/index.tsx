// Code blocks, ejected from the classic theme. Fences arrive already
// highlighted: plugins/standards/render/highlight.ts turns them into
// `token` spans at build time and src/css/code.css colours them, so the
// browser needs no highlighter. A ```mermaid fence becomes a diagram; Mermaid
// itself is loaded by the diagram component, and only on pages that have one.
import React from 'react';
import type { Props } from '@theme/CodeBlock';
import Mermaid from '@site/src/components/Mermaid';
import CopyButton from './CopyButton';

function languageOf({ language, className }: Props): string | undefined {
  return language ?? /(?:^|\s)language-(\S+)/.exec(className ?? '')?.[1];
}

/** `title="…"` in the fence's info string, as the classic theme reads it. */
function titleOf({ title, metastring }: Props): React.ReactNode {
  return title ?? /(?:^|\s)title=(["'])(.*?)\1/.exec(metastring ?? '')?.[2];
}

export default function CodeBlock(props: Props): React.ReactElement {
  const language = languageOf(props);
  const title = titleOf(props);
  // A plain-text fence ends with its last newline, which would show as an empty line.
  const children = typeof props.children === 'string' ? props.children.replace(/\n$/, '') : props.children;
  const block = (
    <div className="scs-code">
      {title && <div className="scs-code__title">{title}</div>}
      <div className="scs-code__body">
        {/* Focusable so that keyboard users can scroll wide code. */}
        <pre className={language ? `language-${language}` : undefined} tabIndex={0}>
          <code>{children}</code>
        </pre>
        <CopyButton />
      </div>
    </div>
  );
  if (language === 'mermaid' && typeof props.children === 'string') {
    return <Mermaid source={props.children}>{block}</Mermaid>;
  }
  return block;
}
