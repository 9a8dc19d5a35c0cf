// File name -> what kind of document it is. Pure; reports what is wrong with
// a name in words a contributor can act on.
//
// A name that breaks a naming rule but still shows a number and a version
// (uppercase letters, underscores, `v01`) gives usable parts AND a finding:
// the document is published at the URL its name gives, and the finding is for
// authors (lint output). Only a name without a recognisable number, version
// or slug gives no parts.
import type { FileNameParts } from '../model/document.js';
import type { RuleFinding } from '../report/diagnostic.js';

/** Loose on purpose: case, underscores and leading zeros are findings, not reasons to give up. */
const NAME = /^(scs)([-_])([^-_]+)([-_])([vw])([^-_]*)([-_])(.+)\.md$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EXAMPLE = 'scs-0100-v3-flavor-naming.md';

/** Templates carry the number placeholder `XXXX` and a version `vN` (or a number): `scs-XXXX-vN-standard-template.md`. */
export function isTemplateFileName(fileName: string): boolean {
  return /^scs-XXXX-[vw](?:N|\d+)-.*\.md$/.test(fileName);
}

/** Any file the registry should look at: an `scs-*.md` file, however badly named (`SCS-…`, `scs_…` too). */
export function isStandardsFileName(fileName: string): boolean {
  return /^scs[-_].*\.md$/i.test(fileName);
}

export interface ParsedFileName {
  /** Null only when the name gives no number, version or slug to place the document by. */
  parts: FileNameParts | null;
  /** At most one finding: the first defect, with the whole corrected name where one can be given. */
  findings: RuleFinding[];
}

export function parseFileName(fileName: string): ParsedFileName {
  if (isTemplateFileName(fileName)) {
    const version = /^scs-XXXX-[vw](\d+)-/.exec(fileName)?.[1];
    const slug = fileName.replace(/^scs-XXXX-[vw](?:N|\d+)-/, '').replace(/\.md$/, '');
    return { parts: { kind: 'template', number: null, version: version ? Number(version) : 1, slug, trackDigit: null }, findings: [] };
  }
  const unusable = (message: string): ParsedFileName => ({ parts: null, findings: [{ ruleId: 'file-name', message }] });
  const notInUrl = NOT_IN_URL.exec(fileName);
  if (notInUrl) {
    return unusable(
      `Unexpected character ${describeCharacter(notInUrl[0])} in file name \`${printableName(fileName)}\`, expected only letters, digits, \`-\`, \`_\`, \`.\` and \`~\`: the name is the document's URL, so the file is not published`,
    );
  }
  const match = NAME.exec(fileName);
  if (!match) {
    return unusable(`Unexpected file name \`${fileName}\`, expected \`scs-NNNN-vN-slug.md\` as in \`${EXAMPLE}\``);
  }
  const [separator1, number, separator2, letterAsWritten, versionText, separator3, slug] = match.slice(2) as [string, string, string, string, string, string, string];
  const separators = separator1 + separator2 + separator3;
  const letter = letterAsWritten.toLowerCase() as 'v' | 'w';
  const isProposal = number === 'xxxx';
  if (!isProposal && !/^\d{4}$/.test(number)) {
    return unusable(
      /^\d+$/.test(number)
        ? `Unexpected number \`${number}\`, expected four digits zero-padded, e.g. \`${number.padStart(4, '0').slice(-4)}\``
        : `Unexpected number \`${number}\`, expected four digits (or \`xxxx\` for a proposal)`,
    );
  }
  if (!/^\d+$/.test(versionText)) {
    return unusable(`Unexpected version \`${letterAsWritten}${versionText}\`, expected \`${letter}\` followed by a whole number from 1, e.g. \`${letter}1\``);
  }
  const version = Number(versionText);
  const canonical = `scs-${number}-${letter}${Math.max(1, version)}-${canonicalSlug(slug)}.md`;
  const kind = letter === 'w' && !isProposal ? 'supplement' : isProposal ? 'proposal' : 'document';
  const hasNumber = kind === 'document' || kind === 'supplement';
  const parts: FileNameParts = { kind, number: hasNumber ? number : null, version, slug, trackDigit: hasNumber ? number.charAt(1) : null };
  const defect = firstDefect({ fileName, letter, versionText, slug, separators, isProposal, canonical });
  return { parts, findings: defect ? [{ ruleId: 'file-name', message: defect }] : [] };
}

function firstDefect(name: {
  fileName: string;
  letter: 'v' | 'w';
  versionText: string;
  slug: string;
  separators: string;
  isProposal: boolean;
  canonical: string;
}): string | null {
  const { fileName, letter, versionText, slug, separators, isProposal, canonical } = name;
  if (fileName !== fileName.normalize('NFC') || /[^\x20-\x7e]/.test(fileName)) {
    return `Unexpected non-ASCII character in file name \`${fileName}\`, expected only lowercase ASCII letters, digits and hyphens, as in \`${EXAMPLE}\``;
  }
  if (fileName.toLowerCase() !== fileName) {
    return `Unexpected uppercase letter in file name \`${fileName}\`, expected \`${canonical}\``;
  }
  if (separators !== '---') {
    return `Unexpected \`_\` between the parts of file name \`${fileName}\`, expected hyphens, as in \`${canonical}\``;
  }
  if (Number(versionText) < 1 || versionText.startsWith('0')) {
    return `Unexpected version \`${letter}${versionText}\`, expected \`${letter}\` followed by a whole number from 1, e.g. \`${letter}${Math.max(1, Number(versionText))}\``;
  }
  if (!SLUG.test(slug)) {
    return `Unexpected slug \`${slug}\`, expected lowercase ASCII words joined by single hyphens, e.g. \`${canonicalSlug(slug)}\``;
  }
  if (isProposal && letter === 'w') {
    return 'Unexpected supplement number `xxxx`, expected a supplement to name the number of the standard it supplements';
  }
  return null;
}

/**
 * Characters a name must not have to become a URL path segment as written:
 * control characters, and ASCII punctuation outside RFC 3986's unreserved set
 * (which also covers every glob and route-pattern character: `{}`, `()`, `@`, `*`, `?`, `[]`, `!`, `:`).
 */
const NOT_IN_URL = /[\x00-\x1f\x7f !"#$%&'()*+,/:;<=>?@[\\\]^`{|}]/;

/** A character for a message: printable ones in backticks, others by code point. */
export function describeCharacter(character: string): string {
  return /[\x00-\x20\x7f]/.test(character) ? `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : `\`${character}\``;
}

/** The name with control characters written as `\n`, `\u0007`, so a message stays on one line. */
export function printableName(name: string): string {
  return name.replace(/[\x00-\x1f\x7f]/g, (character) => JSON.stringify(character).slice(1, -1));
}

/** `Availability_Zones--Standard` -> `availability-zones-standard`. */
function canonicalSlug(slug: string): string {
  return (
    slug
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'flavor-naming'
  );
}
