// An SVG file a document shows or links to -> a static picture, by allowlist.
// SVG is XML, so it is read with a real XML parser (sax, strict, namespaces
// resolved): no entity a DOCTYPE declares is expanded, and a file that is not
// well-formed is refused rather than guessed at. What is written back holds
// only drawing elements and presentation attributes: no script, event
// handlers, foreignObject, animation, links, or references to anything
// outside the file (local `#id` references and embedded raster images only),
// and styles without `url()` to elsewhere, `@import` or escapes. Any size:
// the portal publishes this output, inlined or as a file, never the original.
import sax from 'sax';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';
const XML = 'http://www.w3.org/XML/1998/namespace';

const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'symbol', 'use', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'marker', 'image',
  'style', 'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur',
  'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
  'metadata',
]);
/** Elements replaced by their content: a link has no place in a picture, but its drawing does. */
const UNWRAPPED = new Set(['a', 'switch']);

const ATTRIBUTES = new Set([
  'id', 'class', 'style', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'width', 'height', 'd',
  'points', 'pathLength', 'transform', 'viewBox', 'preserveAspectRatio', 'version', 'fill', 'fill-opacity', 'fill-rule', 'stroke',
  'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-miterlimit',
  'opacity', 'color', 'visibility', 'display', 'overflow', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant',
  'font-stretch', 'text-anchor', 'dominant-baseline', 'alignment-baseline', 'baseline-shift', 'letter-spacing', 'word-spacing',
  'text-decoration', 'writing-mode', 'direction', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'startOffset', 'offset',
  'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'patternUnits', 'patternContentUnits',
  'patternTransform', 'clip-path', 'clipPathUnits', 'clip-rule', 'mask', 'maskUnits', 'maskContentUnits', 'marker-start',
  'marker-mid', 'marker-end', 'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient', 'filter', 'filterUnits',
  'primitiveUnits', 'in', 'in2', 'result', 'stdDeviation', 'mode', 'type', 'values', 'operator', 'k1', 'k2', 'k3', 'k4',
  'flood-color', 'flood-opacity', 'lighting-color', 'dx', 'dy', 'scale', 'xChannelSelector', 'yChannelSelector', 'radius',
  'baseFrequency', 'numOctaves', 'seed', 'stitchTiles', 'tableValues', 'slope', 'intercept', 'amplitude', 'exponent',
  'kernelMatrix', 'order', 'divisor', 'bias', 'targetX', 'targetY', 'edgeMode', 'preserveAlpha', 'surfaceScale',
  'diffuseConstant', 'specularConstant', 'specularExponent', 'azimuth', 'elevation', 'z', 'pointsAtX', 'pointsAtY',
  'pointsAtZ', 'limitingConeAngle', 'shape-rendering', 'text-rendering', 'image-rendering', 'color-interpolation',
  'color-interpolation-filters', 'vector-effect', 'paint-order', 'mix-blend-mode', 'isolation', 'role', 'aria-label',
  'aria-labelledby', 'aria-describedby', 'aria-hidden', 'focusable', 'lang',
]);

/** CSS that can load or run something: `url()` other than `#local`, imports, old script hooks, and escapes that could hide them. */
const ACTIVE_CSS = /@import|image-set|image\s*\(|cross-fade|element\s*\(|expression|behavior|binding|javascript|\\|@font-face|@namespace/i;
const URL_IN_CSS = /url\s*\(\s*(['"]?)([^)'"]*)\1\s*\)/gi;
const LOCAL_REFERENCE = /^#[\w.:-]+$/;
const RASTER_DATA = /^data:image\/(png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i;

/** One thing the sanitizer removed or changed, where it stands in the file (the linter reports each). */
export interface SvgChange {
  what: string;
  line: number;
  column: number;
}

/**
 * `removed` names each kind of thing removed once (for the build's log);
 * `changes` lists every occurrence with its place, for the `attachment-svg`
 * rule; an error says why the file is not published at all, with its place.
 */
export type SvgResult =
  | { ok: true; svg: string; removed: string[]; changes: SvgChange[] }
  | { ok: false; error: string; line: number; column: number };

export function sanitizeSvg(source: string): SvgResult {
  const parser = sax.parser(true, { xmlns: true, position: true });
  const out: string[] = [];
  const removed: string[] = [];
  const changes: SvgChange[] = [];
  const lineStarts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  /** Line and column (1-based) of a character index. */
  const place = (index: number): { line: number; column: number } => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: index - lineStarts[low]! + 1 };
  };
  /** Where the construct being read started: the `<` of the current tag. */
  const tagStart = () => place(Math.max(0, (parser as unknown as { startTagPosition: number }).startTagPosition - 1));
  let errorAt = { line: 1, column: 1 };
  /** Where the open `<style>` element starts: an unsafe style sheet is reported there. */
  let styleAt = { line: 1, column: 1 };
  /** For each open element: written, unwrapped or skipped (with everything inside). */
  const stack: Array<'written' | 'unwrapped' | 'skipped'> = [];
  const names: string[] = [];
  let error: string | null = null;
  let root = true;
  const skipping = () => stack.includes('skipped');
  const note = (what: string, at = tagStart()) => {
    if (!removed.includes(what)) removed.push(what);
    changes.push({ what, ...at });
  };
  const fail = (message: string, at = { line: parser.line + 1, column: parser.column + 1 }) => {
    if (error !== null) return;
    error = message;
    errorAt = at;
  };

  parser.onerror = (cause) => {
    fail(cause.message.split('\n')[0] ?? 'not well-formed');
    parser.error = null as unknown as Error;
  };
  parser.ondoctype = () => note('DOCTYPE');
  parser.onprocessinginstruction = (instruction) => {
    if (instruction.name !== 'xml') note(`<?${instruction.name}?>`);
  };
  parser.onopentag = (node) => {
    const tag = node as sax.QualifiedTag;
    if (root && (tag.uri !== SVG || tag.local !== 'svg')) fail(`expected an <svg> root element, found <${tag.name}>`, tagStart());
    root = false;
    if (skipping()) return stack.push('skipped');
    if (tag.uri === SVG && UNWRAPPED.has(tag.local)) {
      note(`<${tag.local}>`);
      return stack.push('unwrapped');
    }
    if (tag.uri !== SVG || !ELEMENTS.has(tag.local)) {
      note(`<${tag.name}>`);
      return stack.push('skipped');
    }
    const attributes: string[] = stack.length === 0 ? [` xmlns="${SVG}" xmlns:xlink="${XLINK}"`] : [];
    for (const attribute of Object.values(tag.attributes)) {
      const kept = keptAttribute(tag.local, attribute);
      if (kept === null) {
        if (attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns') note(`${attribute.name}="…" on <${tag.local}>`);
        continue;
      }
      attributes.push(` ${kept[0]}="${escapeXml(kept[1])}"`);
    }
    if (tag.local === 'style') styleAt = tagStart();
    out.push(`<${tag.local}${attributes.join('')}>`);
    names.push(tag.local);
    stack.push('written');
  };
  parser.onclosetag = () => {
    const state = stack.pop();
    if (state === 'written') out.push(`</${names.pop()}>`);
  };
  const onText = (text: string) => {
    if (skipping() || stack.length === 0) return;
    if (names.at(-1) === 'style' && stack.at(-1) === 'written' && !passiveCss(text)) {
      note('<style> with url(), @import or escapes', styleAt);
      // An unsafe style sheet empties its element; the drawing stays.
      return;
    }
    out.push(escapeXml(text));
  };
  parser.ontext = onText;
  parser.oncdata = onText;

  try {
    parser.write(source).close();
  } catch (cause) {
    fail(cause instanceof Error ? cause.message.split('\n')[0]! : String(cause));
  }
  if (root) fail('no <svg> element', { line: 1, column: 1 });
  return error === null ? { ok: true, svg: out.join(''), removed, changes } : { ok: false, error, ...errorAt };
}

function keptAttribute(element: string, attribute: sax.QualifiedAttribute): [string, string] | null {
  const { uri, local, value } = attribute;
  if (uri === XML && (local === 'space' || local === 'lang')) return [`xml:${local}`, value];
  if (local === 'href' && (uri === XLINK || uri === '')) {
    const name = uri === XLINK ? 'xlink:href' : 'href';
    const target = value.trim();
    if (LOCAL_REFERENCE.test(target) && element !== 'image') return [name, target];
    if (element === 'image' && RASTER_DATA.test(target)) return [name, target];
    return null;
  }
  if (uri !== '' || !ATTRIBUTES.has(local)) return null;
  if (/^on/i.test(local)) return null;
  if (local === 'style' ? !passiveCss(value) : !localUrlsOnly(value)) return null;
  return [local, value];
}

function passiveCss(css: string): boolean {
  return !ACTIVE_CSS.test(css) && localUrlsOnly(css);
}

/** Every `url(…)` in a value points into the file itself. */
function localUrlsOnly(value: string): boolean {
  const withoutLocal = value.replace(URL_IN_CSS, (match, _quote: string, target: string) => (LOCAL_REFERENCE.test(target.trim()) ? '' : match));
  return !/url\s*\(/i.test(withoutLocal);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
