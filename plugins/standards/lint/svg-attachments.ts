// SVG attachments read from disk (an edge, as load* in parse/ is; here because
// the sanitizer lives in render/, above parse/) and run through the portal's SVG sanitizer
// (render/svg-sanitize.ts), so the linter reports exactly what the build
// removes from each picture or refuses to publish (rule `attachment-svg`).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { attachmentKind } from '../render/attachments.js';
import { sanitizeSvg, type SvgResult } from '../render/svg-sanitize.js';

export interface SvgAttachment {
  /** Path relative to the corpus root, forward slashes. */
  path: string;
  /** What the sanitizer made of it (an error also when the file could not be read). */
  result: SvgResult;
}

/** Every SVG file among the corpus's attachments (parse/file-set.ts), sanitized as the build does. */
export async function loadSvgAttachments(root: string, assets: readonly string[]): Promise<SvgAttachment[]> {
  const svgs = assets.filter((asset) => attachmentKind(asset).kind === 'svg');
  return Promise.all(
    svgs.map(async (relative) => {
      try {
        return { path: relative, result: sanitizeSvg(await readFile(path.join(root, relative), 'utf8')) };
      } catch (error) {
        return { path: relative, result: { ok: false as const, error: `it could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, line: 1, column: 1 } };
      }
    }),
  );
}
