// The second digit of a standard's number names its track; the `track` field
// must say the same, or the portal would file the standard in two places.
import { TRACKS, trackByDigit } from '../../model/vocabulary.js';
import type { FileRule } from '../rule.js';

export const rule: FileRule = {
  meta: {
    id: 'track-matches-number',
    description: 'The second digit of the number (scs-0100: 1) names the track written in `track`.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a KaaS number filed under IaaS',
        file: 'scs-0214-v1-node-distribution.md',
        text: '---\ntitle: Node distribution\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nControl plane nodes are spread over failure zones.\n',
        findings: ['5:1 Unexpected track `IaaS` for `scs-0214`, expected `KaaS` (its second digit is 2)'],
      },
      {
        title: 'a number whose second digit names no track',
        file: 'scs-0714-v1-node-distribution.md',
        text: '---\ntitle: Node distribution\ntype: Standard\nstatus: Draft\ntrack: KaaS\n---\n\n## Introduction\n\nControl plane nodes are spread over failure zones.\n',
        findings: ['5:1 Unexpected track digit `7` in `0714`, expected one of 0 (Global), 1 (IaaS), 2 (KaaS), 3 (IAM), 4 (Ops), 5 (Scopes)'],
      },
      {
        title: 'number and track agree',
        file: 'scs-0214-v1-node-distribution.md',
        text: '---\ntitle: Node distribution\ntype: Standard\nstatus: Draft\ntrack: KaaS\n---\n\n## Introduction\n\nControl plane nodes are spread over failure zones.\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ document }) {
    if (!document || document.number === null) return [];
    const digit = document.number.charAt(1);
    const span = document.fieldSpans.track ?? { start: { line: 1, column: 1 } };
    const expected = trackByDigit(digit);
    if (!expected) {
      const digits = TRACKS.map((track) => `${track.digit} (${track.name})`).join(', ');
      return [{ message: `Unexpected track digit \`${digit}\` in \`${document.number}\`, expected one of ${digits}`, span }];
    }
    // `document.track` falls back to the digit's track when `track` is missing or invalid;
    // those cases are front-matter-required and front-matter-value problems, not this one.
    if (document.track === null || document.track === expected.name) return [];
    return [
      {
        message: `Unexpected track \`${document.track}\` for \`scs-${document.number}\`, expected \`${expected.name}\` (its second digit is ${digit})`,
        span,
      },
    ];
  },
};
