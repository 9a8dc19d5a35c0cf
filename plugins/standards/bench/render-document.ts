// Text of one synthetic document: YAML front matter from the plan, then a body
// of level-2 sections filled with paragraphs, lists, tables, code fences and
// links to other planned documents, until the file reaches its target size.
// The Markdown follows the style the linter asks for: `-` bullets, fenced code
// with a language, `_emphasis_`, `**strong**`, padded table cells, final newline.
import type { PlannedDocument } from './corpus-plan.js';
import { capitalize, headingText, phrase, sentence } from './prose.js';
import type { Random } from './random.js';

const INLINE_CODE = ['SCS-2V-4', 'SCS-4V-16-50s', 'openstack flavor list', 'hw_rng:allowed', 'os_distro', 'kubectl get nodes', 'volume_backend_name', 'scs:compatible'];
const EXTERNAL = [
  ['the OpenStack documentation', 'https://docs.openstack.org/nova/latest/'],
  ['the Kubernetes documentation', 'https://kubernetes.io/docs/home/'],
  ['RFC 2119', 'https://www.rfc-editor.org/rfc/rfc2119'],
] as const;

/** GitHub-style anchor of a heading; headings here are plain words, so this equals github-slugger's slug. */
export function anchorOf(heading: string): string {
  return heading.toLowerCase().replace(/ /g, '-');
}

export function renderDocument(document: PlannedDocument, linkTargets: readonly PlannedDocument[], random: Random, targetBytes: number): string {
  const frontMatter = renderFrontMatter(document);
  const blocks: string[][] = document.sections.map(() => [paragraph(random, document, linkTargets)]);
  const taken = new Set(document.sections.map((section) => section.toLowerCase()));
  let size = frontMatter.length + blocks.flat().join('\n\n').length;
  while (size < targetBytes) {
    const section = random.pick(blocks);
    let block = randomBlock(random, document, linkTargets, taken);
    // Two lists in a row would merge into one loose list: separate them with prose.
    if (/^(- |1\. )/.test(block) && /^(- |1\. )/.test(section[section.length - 1] ?? '')) block = paragraph(random, document, linkTargets);
    section.push(block);
    size += block.length + 2;
  }
  const body = document.sections.map((section, i) => [`## ${section}`, ...blocks[i]!].join('\n\n')).join('\n\n');
  return `${frontMatter}\n${body}\n`;
}

function renderFrontMatter(document: PlannedDocument): string {
  const lines = ['---', `title: ${JSON.stringify(document.title)}`, `type: ${document.type}`];
  if (document.status) lines.push(`status: ${document.status}`);
  lines.push(`track: ${document.track}`, `description: ${JSON.stringify(document.description)}`);
  if (document.stabilizedAt) lines.push(`stabilized_at: ${document.stabilizedAt}`);
  if (document.deprecatedAt) lines.push(`deprecated_at: ${document.deprecatedAt}`);
  if (document.rejectedAt) lines.push(`rejected_at: ${document.rejectedAt}`);
  for (const [key, values] of [
    ['replaces', document.replaces],
    ['replaced_by', document.replacedBy],
    ['supplements', document.supplements],
    ['authors', document.authors],
  ] as const) {
    if (values.length > 0) lines.push(`${key}:`, ...values.map((value) => `  - ${value}`));
    // A retired document that nothing replaces says so, as the procedural standard recommends.
    else if (key === 'replaced_by' && (document.status === 'Deprecated' || document.status === 'Rejected')) lines.push('replaced_by: []');
  }
  lines.push('---', '');
  return lines.join('\n');
}

function randomBlock(random: Random, document: PlannedDocument, targets: readonly PlannedDocument[], taken: Set<string>): string {
  const roll = random.next();
  if (roll < 0.4) return paragraph(random, document, targets);
  if (roll < 0.55) return bulletList(random);
  if (roll < 0.62) return orderedList(random);
  if (roll < 0.72) return table(random);
  if (roll < 0.84) return codeFence(random);
  if (roll < 0.92) return `### ${headingText(random, taken)}\n\n${paragraph(random, document, targets)}`;
  return `> **Note:** ${sentence(random)}`;
}

function paragraph(random: Random, document: PlannedDocument, targets: readonly PlannedDocument[]): string {
  const sentences = Array.from({ length: random.int(2, 5) }, () => sentence(random));
  const decorate = (i: number, text: string) => {
    sentences[i] = text;
  };
  const last = sentences.length - 1;
  if (random.chance(0.3)) decorate(0, `${sentences[0]!.slice(0, -1)}, see \`${random.pick(INLINE_CODE)}\`.`);
  if (random.chance(0.25)) decorate(last, `This is _${phrase(random)}_ in short.`);
  if (random.chance(0.2)) decorate(last, `**${capitalize(phrase(random))}** is the part that matters most.`);
  if (random.chance(0.5)) decorate(random.int(0, last), linkSentence(random, document, targets));
  if (random.chance(0.05)) {
    const [text, url] = random.pick(EXTERNAL);
    decorate(last, `Background is given in [${text}](${url}).`);
  }
  return sentences.join(' ');
}

/** A sentence linking to another version (often with an anchor) or to a section of this document. */
function linkSentence(random: Random, document: PlannedDocument, targets: readonly PlannedDocument[]): string {
  const target = targets.length > 0 ? random.pick(targets) : document;
  if (target === document || random.chance(0.2)) {
    const section = random.pick(document.sections);
    return `The details are in [the ${section.toLowerCase()} section](#${anchorOf(section)}).`;
  }
  const id = target.fileName.slice(0, -'.md'.length);
  const shortName = id.split('-').slice(0, 3).join('-');
  const anchor = random.chance(0.6) ? `#${anchorOf(random.pick(target.sections))}` : '';
  const text = random.chance(0.7) ? shortName : target.title;
  return `This builds on [${text}](${target.fileName}${anchor}), which ${random.pick(['explains how to', 'says when to', 'defines how to', 'forbids to'])} ${phrase(random)}.`;
}

function bulletList(random: Random): string {
  return Array.from({ length: random.int(3, 6) }, () => `- ${sentence(random)}`).join('\n');
}

function orderedList(random: Random): string {
  return Array.from({ length: random.int(3, 5) }, (_, i) => `${i + 1}. ${capitalize(phrase(random))}.`).join('\n');
}

function table(random: Random): string {
  const rows = Array.from({ length: random.int(3, 6) }, () => {
    const key = random.pick(INLINE_CODE);
    return `| \`${key}\` | ${random.pick(['required', 'optional', 'recommended', 'forbidden'])} | ${sentence(random)} |`;
  });
  return ['| Property | Requirement | Notes |', '| --- | --- | --- |', ...rows].join('\n');
}

function codeFence(random: Random): string {
  const language = random.pick(['yaml', 'bash', 'text'] as const);
  const count = random.int(3, 8);
  if (language === 'yaml') {
    const lines = [`${random.pick(['flavor', 'volume', 'cluster', 'image'])}:`];
    for (let i = 0; i < count; i++) {
      lines.push(`  ${random.pick(['name', 'region', 'size', 'enabled', 'zone', 'tier'])}_${i}: ${random.pick(['true', 'eu-west', '"SCS-2V-4"', '42', 'standard'])}`);
    }
    return ['```yaml', ...lines, '```'].join('\n');
  }
  const lines = Array.from({ length: count }, () => {
    if (language === 'bash') return `openstack ${random.pick(['flavor', 'image', 'volume', 'network', 'server'])} ${random.pick(['list', 'show', 'create', 'delete'])} --os-cloud ${random.pick(['prod', 'test', 'scs'])}`;
    return `${random.pick(INLINE_CODE)} ${random.pick(['OK', 'FAIL', 'SKIP'])} ${random.int(1, 999)} ms`;
  });
  return ['```' + language, ...lines, '```'].join('\n');
}
