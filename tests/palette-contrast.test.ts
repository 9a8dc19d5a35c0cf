// The palette's contrast, computed from the CSS itself: Infima's variables with
// ours on top, per colour mode, every pair of text and background the portal
// uses. A cheap guard that runs without a build; the browser test runs axe-core
// on the rendered pages (tests/browser/accessibility.test.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const INFIMA = readFileSync(require.resolve('infima/dist/css/default/default.css'), 'utf8');
const OURS = ['src/css/custom.css', 'src/css/code.css'].map((file) => readFileSync(file, 'utf8')).join('\n');

type Declarations = Map<string, string>;

/** The custom properties declared directly in blocks whose selector list contains `selector` (nesting-aware). */
function customProperties(css: string, matches: (selector: string) => boolean): Declarations {
  const found: Declarations = new Map();
  const stack: Array<{ selector: string; body: string }> = [{ selector: '', body: '' }];
  let text = '';
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      stack.at(-1)!.body += text.slice(0, text.lastIndexOf(';') + 1);
      stack.push({ selector: text.slice(text.lastIndexOf(';') + 1).trim(), body: '' });
      text = '';
    } else if (char === '}') {
      const block = stack.pop()!;
      block.body += text;
      text = '';
      if (block.selector.split(',').some((part) => matches(part.trim()))) {
        for (const [, name, value] of block.body.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) found.set(name!, value!.trim());
      }
    } else text += char;
  }
  return found;
}

/** Selectors with Docusaurus's layer weight (`:not(#\#)`) removed, so ours and Infima's read alike. */
const plain = (selector: string) => selector.replace(/:not\(#\\#\)/g, '').replace(/"/g, "'");
const isRoot = (selector: string) => plain(selector) === ':root';
const isDark = (selector: string) => ["html[data-theme='dark']", "[data-theme='dark']"].includes(plain(selector));
const isDarkFooter = (selector: string) => plain(selector) === '.footer--dark';

function palette(mode: 'light' | 'dark', footer = false): Declarations {
  const layers = [customProperties(INFIMA, isRoot), customProperties(OURS, isRoot)];
  if (mode === 'dark') layers.push(customProperties(INFIMA, isDark), customProperties(OURS, isDark));
  if (footer) layers.push(customProperties(INFIMA, isDarkFooter), customProperties(OURS, isDarkFooter));
  return new Map(layers.flatMap((layer) => [...layer]));
}

type Rgba = [number, number, number, number];

function parseColour(value: string): Rgba {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16)).concat(1) as Rgba;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?\s*\)$/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  if (value === 'transparent') return [0, 0, 0, 0];
  throw new Error(`Unexpected colour value "${value}", expected #rgb, #rrggbb, rgb() or rgba()`);
}

/** A variable's value as a colour, following var() references as the browser does. */
function colour(variables: Declarations, name: string, seen: string[] = []): Rgba {
  if (seen.includes(name)) throw new Error(`Circular custom properties: ${[...seen, name].join(' -> ')}`);
  const value = variables.get(name);
  if (value === undefined) throw new Error(`Unexpected undefined ${name}, expected it in Infima or src/css`);
  const reference = /^var\((--[\w-]+)(?:,\s*(.+))?\)$/.exec(value);
  if (reference) return variables.has(reference[1]!) || !reference[2] ? colour(variables, reference[1]!, [...seen, name]) : parseColour(reference[2]);
  return parseColour(value);
}

/** `top` painted over the opaque `bottom`, to whole channel values as the browser paints it. */
const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => Math.round(top[i]! * top[3] + bottom[i]! * (1 - top[3]))).concat(1) as Rgba;

function contrast(a: Rgba, b: Rgba): number {
  const luminance = ([r, g, b]: Rgba) =>
    [r, g, b].map((channel) => channel / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const STATES = ['draft', 'soon', 'effective', 'scheduled', 'deprecated', 'rejected', 'supplement'];
const CODE_TOKENS = ['text', 'comment', 'punctuation', 'keyword', 'key', 'string', 'number', 'function', 'deleted'];
/** Backgrounds text sits on: the page, the navbar, the active sidebar item, striped and highlighted table rows, the hero. */
const SURFACES = ['--ifm-background-color', '--ifm-background-surface-color', '--ifm-menu-color-background-active', '--ifm-table-stripe-background', '--ifm-color-emphasis-100'];

interface Pair {
  what: string;
  fg: string;
  bg: string;
  min: number;
  footer?: boolean;
}

const PAIRS: Pair[] = [
  ...SURFACES.flatMap((bg) => [
    { what: 'body text', fg: '--ifm-font-color-base', bg, min: 4.5 },
    { what: 'links, active navbar and sidebar items', fg: '--ifm-link-color', bg, min: 4.5 },
    { what: 'secondary text (notes, counts, captions)', fg: '--ifm-color-emphasis-700', bg, min: 4.5 },
    { what: 'focus ring', fg: '--scs-focus', bg, min: 3 },
  ]),
  { what: 'sidebar items', fg: '--ifm-menu-color', bg: '--ifm-background-color', min: 4.5 },
  { what: 'table of contents', fg: '--ifm-toc-link-color', bg: '--ifm-background-color', min: 4.5 },
  { what: 'primary button', fg: '--ifm-font-color-base-inverse', bg: '--ifm-color-primary', min: 4.5 },
  ...STATES.flatMap((state) => [
    { what: `${state} badge and banner accent`, fg: `--scs-${state}`, bg: `--scs-${state}-bg`, min: 4.5 },
    { what: `${state} banner text`, fg: '--ifm-font-color-base', bg: `--scs-${state}-bg`, min: 4.5 },
    { what: `${state} banner links`, fg: '--ifm-link-color', bg: `--scs-${state}-bg`, min: 4.5 },
  ]),
  ...CODE_TOKENS.map((token) => ({ what: `code: ${token}`, fg: `--scs-code-${token}`, bg: '--scs-code-bg', min: 4.5 })),
  { what: 'footer links', fg: '--ifm-footer-link-color', bg: '--ifm-footer-background-color', min: 4.5, footer: true },
  { what: 'footer titles', fg: '--ifm-footer-title-color', bg: '--ifm-footer-background-color', min: 4.5, footer: true },
  { what: 'footer focus ring', fg: '--scs-focus', bg: '--ifm-footer-background-color', min: 3, footer: true },
];

describe.each(['light', 'dark'] as const)('the %s palette', (mode) => {
  const canvas: Rgba = mode === 'dark' ? colour(palette('dark'), '--ifm-background-color') : [255, 255, 255, 1];

  it.each(PAIRS)('$what: $fg on $bg is at least $min:1', ({ fg, bg, min, footer }) => {
    const variables = palette(mode, footer);
    // Translucent backgrounds (hover overlays, stripes) are seen over the page.
    const background = over(colour(variables, bg), canvas);
    const ratio = contrast(over(colour(variables, fg), background), background);
    expect(Number(ratio.toFixed(2)), `${fg} on ${bg} in ${mode} mode`).toBeGreaterThanOrEqual(min);
  });
});

describe('the palette reader', () => {
  it('sees our values over Infima, in the mode they belong to', () => {
    expect(palette('light').get('--ifm-color-primary')).toBe('#0f5c9c');
    expect(palette('dark').get('--ifm-color-primary')).toBe('#6cb4f0');
    expect(palette('dark').get('--ifm-background-color')).toBe('#1b1b1d');
  });

  it('computes the figures axe reported for Infima\'s own primary colour', () => {
    const infimaPrimary = parseColour(customProperties(INFIMA, isRoot).get('--ifm-color-primary')!);
    // axe cuts to two decimals.
    const axeFigure = (ratio: number) => Math.floor(ratio * 100) / 100;
    expect(axeFigure(contrast(infimaPrimary, [255, 255, 255, 1]))).toBe(4.22);
    expect(axeFigure(contrast(infimaPrimary, over(parseColour('rgba(0, 0, 0, 0.05)'), [255, 255, 255, 1])))).toBe(3.77);
  });
});
