// Shows a Pagefind excerpt with its highlights, as text: the excerpt is split
// at its <mark> tags and never inserted as HTML.
import React from 'react';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

export default function Excerpt({ html }: { html: string }): React.ReactElement {
  const parts = html.split(/<mark>|<\/mark>/);
  // Odd parts were inside <mark>; any other tag is dropped.
  return <>{parts.map((part, index) => {
    const text = decode(part.replace(/<[^>]*>/g, ''));
    return index % 2 === 1 ? <mark key={index}>{text}</mark> : <React.Fragment key={index}>{text}</React.Fragment>;
  })}</>;
}
