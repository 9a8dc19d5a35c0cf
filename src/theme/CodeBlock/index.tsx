// Code blocks, wrapped so that a ```mermaid fence becomes a diagram. Other
// languages go straight to the theme's CodeBlock; Mermaid itself is loaded by
// the diagram component, and only on pages that have one.
import React from 'react';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';
import type { WrapperProps } from '@docusaurus/types';
import Mermaid from '@site/src/components/Mermaid';

type Props = WrapperProps<typeof CodeBlockType>;

export default function CodeBlockWrapper(props: Props): React.ReactElement {
  const isMermaid = props.language === 'mermaid' || /(^|\s)language-mermaid(\s|$)/.test(props.className ?? '');
  if (isMermaid && typeof props.children === 'string') {
    return (
      <Mermaid source={props.children}>
        <CodeBlock {...props} />
      </Mermaid>
    );
  }
  return <CodeBlock {...props} />;
}
