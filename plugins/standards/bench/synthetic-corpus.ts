// A synthetic standards corpus for benchmarks: N documents of about 7.5 KB
// with version chains, supplements, cross-references and every status, that
// lints clean. Deterministic for a given size and seed.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planCorpus } from './corpus-plan.js';
import { childSeed, createRandom } from './random.js';
import { renderDocument } from './render-document.js';

export const DEFAULT_SEED = 20_240_501;
/** Mean file size of the upstream SCS corpus. */
export const MEAN_BYTES = 7_500;

export interface SyntheticFile {
  fileName: string;
  text: string;
}

export function buildSyntheticCorpus(count: number, seed = DEFAULT_SEED): SyntheticFile[] {
  const plan = planCorpus(count, seed);
  const linkTargets = plan.filter((document) => document.kind === 'document');
  return plan.map((document, index) => {
    const random = createRandom(childSeed(seed, index));
    // Sizes spread from 60 % to 140 % of the mean, as real documents do.
    const targetBytes = Math.round(MEAN_BYTES * (0.6 + 0.8 * random.next()));
    return { fileName: document.fileName, text: renderDocument(document, linkTargets, random, targetBytes) };
  });
}

/** Writes the corpus into `dir` (created if missing). */
export async function createSyntheticCorpus(dir: string, count: number, seed = DEFAULT_SEED): Promise<SyntheticFile[]> {
  const files = buildSyntheticCorpus(count, seed);
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map((file) => writeFile(join(dir, file.fileName), file.text)));
  return files;
}

/** The same file with one more paragraph: a small edit for warm-cache runs that still lints clean. */
export function editedText(text: string): string {
  return `${text}\nThis paragraph was added after the corpus was generated, to measure a run with one changed file.\n`;
}
