// Copies the code of the block it sits in. Rendered on the server too, but
// useful only once the page runs: it reads the text from the page itself.
import React, { useEffect, useRef, useState } from 'react';

export default function CopyButton(): React.ReactElement {
  const [copied, setCopied] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!copied) return undefined;
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [copied]);

  const copy = () => {
    const text = (button.current?.parentElement?.querySelector('pre')?.textContent ?? '').replace(/\n$/, '');
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      (error: unknown) => console.warn('Could not copy the code:', error),
    );
  };

  return (
    <button ref={button} type="button" className="scs-code__copy" data-pagefind-ignore="" onClick={copy} aria-label={copied ? 'Copied' : 'Copy code to clipboard'}>
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
