// A compliance badge as a static SVG that operators embed: two boxes, the
// scope's name and what the subject holds. The words say it all (also as
// <title> and aria-label for screen readers); the colour only helps. White
// text on each background keeps a contrast of at least 4.5:1.
import { escapeHtml } from '../render/escape-html.js';

export type BadgeTone = 'held' | 'tentative' | 'none';

const COLOURS: Record<BadgeTone | 'label', string> = {
  label: '#3b3b3b', // 11.0:1 with white
  held: '#17692e', // 6.9:1
  tentative: '#8a4b00', // 6.3:1
  none: '#a4231b', // 7.0:1
};

/** Rough width of a text in the badge's 11px sans-serif font: enough to never clip. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[A-Z0-9mwMW@%]/.test(char) ? 8 : /[iljtf.,:;() '!|]/.test(char) ? 4 : 6.8;
  return Math.ceil(width);
}

export function buildBadgeSvg(options: { label: string; message: string; tone: BadgeTone; description: string }): string {
  const pad = 6;
  const labelWidth = textWidth(options.label) + 2 * pad;
  const messageWidth = textWidth(options.message) + 2 * pad;
  const width = labelWidth + messageWidth;
  const text = (x: number, value: string) => `<text x="${x}" y="14">${escapeHtml(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${escapeHtml(options.description)}">`,
    `<title>${escapeHtml(options.description)}</title>`,
    `<rect width="${labelWidth}" height="20" fill="${COLOURS.label}"/>`,
    `<rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${COLOURS[options.tone]}"/>`,
    `<g fill="#ffffff" font-family="Verdana,DejaVu Sans,Geneva,sans-serif" font-size="11">`,
    text(pad, options.label),
    text(labelWidth + pad, options.message),
    `</g>`,
    `</svg>`,
    '',
  ].join('\n');
}
