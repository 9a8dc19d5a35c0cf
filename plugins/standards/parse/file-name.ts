// File name -> what kind of document it is. Pure; reports what is wrong with
// a name in words a contributor can act on.
import type { FileNameParts } from '../model/document.js';
import type { RuleFinding } from '../report/diagnostic.js';

const NAME = /^scs-([^-]+)-([vw])([^-]*)-(.*)\.md$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EXAMPLE = 'scs-0100-v3-flavor-naming.md';

/** Templates are recognised (and not linted as documents) by their `XXXX` number. */
export function isTemplateFileName(fileName: string): boolean {
  return /^scs-XXXX-v\d+-.*\.md$/.test(fileName);
}

/** Any file the registry should look at: an `scs-*.md` file, however badly named. */
export function isStandardsFileName(fileName: string): boolean {
  return /^scs-.*\.md$/i.test(fileName);
}

export function parseFileName(fileName: string): { parts: FileNameParts | null; findings: RuleFinding[] } {
  const findings: RuleFinding[] = [];
  const fail = (message: string) => {
    findings.push({ ruleId: 'file-name', message });
    return { parts: null, findings };
  };
  if (fileName !== fileName.normalize('NFC') || /[^\x20-\x7e]/.test(fileName)) {
    return fail(`Unexpected non-ASCII character in file name \`${fileName}\`, expected only lowercase ASCII letters, digits and hyphens, as in \`${EXAMPLE}\``);
  }
  const template = isTemplateFileName(fileName);
  const lowered = template ? fileName : fileName.toLowerCase();
  if (!template && lowered !== fileName) {
    return fail(`Unexpected uppercase letter in file name \`${fileName}\`, expected \`${lowered}\``);
  }
  const match = NAME.exec(fileName);
  if (!match) {
    return fail(`Unexpected file name \`${fileName}\`, expected \`scs-NNNN-vN-slug.md\` as in \`${EXAMPLE}\``);
  }
  const [, number, letter, versionText, slug] = match as unknown as [string, string, 'v' | 'w', string, string];
  const isProposal = number === 'xxxx';
  if (!template && !isProposal && !/^\d{4}$/.test(number)) {
    return fail(
      /^\d+$/.test(number)
        ? `Unexpected number \`${number}\`, expected four digits zero-padded, e.g. \`${number.padStart(4, '0').slice(-4)}\``
        : `Unexpected number \`${number}\`, expected four digits (or \`xxxx\` for a proposal)`,
    );
  }
  if (!/^\d+$/.test(versionText) || Number(versionText) < 1 || versionText.startsWith('0')) {
    return fail(`Unexpected version \`${letter}${versionText}\`, expected \`${letter}\` followed by a whole number from 1, e.g. \`${letter}1\``);
  }
  if (!SLUG.test(slug)) {
    return fail(
      `Unexpected slug \`${slug}\`, expected lowercase ASCII words joined by single hyphens, e.g. \`${
        slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'flavor-naming'
      }\``,
    );
  }
  if (isProposal && letter === 'w') {
    return fail('Unexpected supplement number `xxxx`, expected a supplement to name the number of the standard it supplements');
  }
  const kind = template ? 'template' : letter === 'w' ? 'supplement' : isProposal ? 'proposal' : 'document';
  const hasNumber = kind === 'document' || kind === 'supplement';
  return {
    parts: {
      kind,
      number: hasNumber ? number : null,
      version: Number(versionText),
      slug,
      trackDigit: hasNumber ? number.charAt(1) : null,
    },
    findings,
  };
}
