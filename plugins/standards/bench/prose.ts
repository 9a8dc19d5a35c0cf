// Word lists and builders for the prose of synthetic documents. Sentences are
// assembled from parts so that no two files are alike and the Markdown parser
// sees realistic text, while every word stays safe for the style rules (no
// brackets, braces, angle brackets or bare URLs).
import type { Random } from './random.js';

const SUBJECTS = [
  'The provider', 'An operator', 'The cloud', 'Each tenant', 'The control plane', 'A conformant deployment',
  'The certification test', 'Every region', 'The identity service', 'The cluster manager', 'A project administrator',
  'The monitoring stack', 'The image service', 'The block storage service', 'The network service', 'A user',
];
const MODALS = ['MUST', 'SHOULD', 'MAY', 'MUST NOT', 'SHOULD NOT', 'is expected to', 'is allowed to'];
const VERBS = [
  'expose', 'document', 'rotate', 'publish', 'validate', 'reject', 'record', 'announce', 'configure', 'restrict',
  'encrypt', 'replicate', 'label', 'schedule', 'retain', 'report', 'monitor', 'isolate', 'throttle', 'describe',
];
const OBJECTS = [
  'the flavor list', 'every volume type', 'the image properties', 'the default security group', 'the quota settings',
  'the public endpoints', 'the audit log', 'the node pools', 'the storage classes', 'the service catalog',
  'the role assignments', 'the federation mapping', 'the status page', 'the upgrade window', 'the load balancer pools',
  'the metadata service', 'the availability zones', 'the backup schedule', 'the encryption keys', 'the API version',
];
const QUALIFIERS = [
  'through the public API', 'within one business day', 'for every region', 'before the maintenance window',
  'in a machine-readable form', 'without manual intervention', 'for at least ninety days', 'on every control node',
  'as part of the release notes', 'so that automation can rely on it', 'unless the tenant opts out',
  'in line with the previous version', 'during normal operation', 'after each upgrade', 'for all new projects',
];
const CONNECTORS = ['In addition,', 'As a consequence,', 'For example,', 'In practice,', 'By contrast,', 'Where possible,', 'Historically,'];
const OBSERVATIONS = [
  'operators have solved this problem in incompatible ways',
  'users cannot compare offerings between providers',
  'automation breaks whenever a name changes',
  'the behaviour differs between releases',
  'tenants rely on defaults they cannot inspect',
  'tests need a stable reference to check against',
  'the same information is kept in several places',
  'support requests pile up after every upgrade',
];

/** Nouns for titles, slugs and headings: plain lowercase ASCII. */
export const TOPIC_WORDS = [
  'flavor', 'image', 'volume', 'network', 'quota', 'endpoint', 'audit', 'node', 'storage', 'catalog', 'role', 'federation',
  'status', 'upgrade', 'balancer', 'metadata', 'zone', 'backup', 'encryption', 'version', 'naming', 'policy', 'domain',
  'secret', 'certificate', 'registry', 'scheduler', 'ingress', 'metrics', 'logging', 'tenant', 'project', 'region',
  'snapshot', 'replication', 'placement', 'hypervisor', 'firmware', 'gateway', 'router', 'dns', 'time', 'entropy',
];

/** Heading words (after the topic noun), e.g. "Storage Requirements". */
const HEADING_TAILS = [
  'Requirements', 'Naming', 'Defaults', 'Lifecycle', 'Discovery', 'Limits', 'Compatibility', 'Migration', 'Security',
  'Examples', 'Properties', 'Rollout', 'Exceptions', 'Monitoring', 'Validation', 'Reporting', 'Retention', 'Scope',
];

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function sentence(random: Random): string {
  if (random.chance(0.2)) {
    return `${random.pick(CONNECTORS)} ${random.pick(OBSERVATIONS)}.`;
  }
  const subject = random.pick(SUBJECTS);
  const text = `${subject} ${random.pick(MODALS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(QUALIFIERS)}`;
  return `${text}.`;
}

/** Up to `count` distinct topic nouns. */
export function topicWords(random: Random, count: number): string[] {
  const words = new Set<string>();
  while (words.size < count) words.add(random.pick(TOPIC_WORDS));
  return [...words];
}

/** A section heading that is not yet in `taken` (compared case-insensitively). */
export function headingText(random: Random, taken: Set<string>): string {
  for (;;) {
    const text = `${capitalize(random.pick(TOPIC_WORDS))} ${random.pick(HEADING_TAILS)}`;
    if (!taken.has(text.toLowerCase())) {
      taken.add(text.toLowerCase());
      return text;
    }
  }
}

export function phrase(random: Random): string {
  return `${random.pick(VERBS)} ${random.pick(OBJECTS)}`;
}
