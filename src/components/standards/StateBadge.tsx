// A lifecycle state as a coloured label: the text carries the meaning, the colour helps.
import React from 'react';

export default function StateBadge({ tone, label }: { tone: string | null; label: string | null }): React.ReactElement | null {
  if (!label) return null;
  return <span className={`scs-badge scs-badge--${tone ?? 'unknown'}`}>{label}</span>;
}
