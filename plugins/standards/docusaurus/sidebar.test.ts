import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../parse/load-corpus.js';
import { buildStandardsSidebar, groupStandards, SIDEBAR_GROUP_ABOVE, type SidebarCategoryItem, type SidebarItem } from './sidebar.js';

const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/portal-corpus');

/** One line per item, indented by depth: easy to read as a snapshot. */
function outline(items: SidebarItem[], depth = 0): string[] {
  return items.flatMap((item) => {
    const pad = '  '.repeat(depth);
    if (item.type === 'category') return [`${pad}[${item.label}]`, ...outline(item.items, depth + 1)];
    if (item.type === 'link') return [`${pad}${item.label} -> ${item.href}`];
    return [`${pad}${item.label} (${item.id}) .${item.className}`];
  });
}

describe('buildStandardsSidebar', () => {
  it('groups track -> standard -> versions and supplements, then proposals', async () => {
    const { registry } = await loadCorpus(FIXTURE);
    const docIds = new Set(registry.documents.filter((doc) => doc.kind !== 'template').map((doc) => doc.id));
    expect(outline(buildStandardsSidebar(registry, docIds, '2025-01-15'))).toMatchInlineSnapshot(`
      [
        "[IaaS]",
        "  About IaaS -> /standards/iaas",
        "  [scs-0100 Flavor Naming]",
        "    Status and versions -> /standards/iaas/scs-0100",
        "    scs-0100-v1 (scs-0100-v1-flavor-naming) .scs-sb-deprecated",
        "    scs-0100-v2 (scs-0100-v2-flavor-naming) .scs-sb-deprecation-scheduled",
        "    scs-0100-v3 (scs-0100-v3-flavor-naming) .scs-sb-effective-soon",
        "    scs-0100-w1 Flavor Naming Notes (scs-0100-w1-flavor-naming-notes) .scs-sb-supplement",
        "[KaaS]",
        "  About KaaS -> /standards/kaas",
        "  [scs-0210 Kubernetes Version Policy]",
        "    Status and versions -> /standards/kaas/scs-0210",
        "    scs-0210-v1 (scs-0210-v1-k8s-version-policy) .scs-sb-draft",
        "[IAM]",
        "  About IAM -> /standards/iam",
        "  [scs-0300 Role Naming]",
        "    Status and versions -> /standards/iam/scs-0300",
        "    scs-0300-v1 (scs-0300-v1-role-naming) .scs-sb-rejected",
        "[Proposals]",
        "  scs-xxxx-v1 DNS Zone Naming (scs-xxxx-v1-dns-zones) .scs-sb-draft",
      ]
    `);
  });

  it('leaves out documents the docs plugin does not render', async () => {
    const { registry } = await loadCorpus(FIXTURE);
    const items = outline(buildStandardsSidebar(registry, new Set(['scs-0210-v1-k8s-version-policy']), '2025-01-15'));
    expect(items.filter((line) => line.includes('('))).toEqual(['    scs-0210-v1 (scs-0210-v1-k8s-version-policy) .scs-sb-draft']);
  });
});

describe('groupStandards', () => {
  const standards = (count: number) =>
    Array.from({ length: count }, (_, index): SidebarCategoryItem => ({ type: 'category', label: `scs-${String(100 + index).padStart(4, '0')} T`, collapsed: true, collapsible: true, items: [] }));
  const ids = (items: SidebarCategoryItem[]) => items.map((item) => item.label.split(' ')[0]!);

  it('leaves a track with up to SIDEBAR_GROUP_ABOVE standards as it is', () => {
    const items = standards(SIDEBAR_GROUP_ABOVE);
    expect(groupStandards(items, ids(items))).toBe(items);
  });

  it('groups more into even groups of at most 25, in order, each labelled by its first and last standard', () => {
    const items = standards(SIDEBAR_GROUP_ABOVE + 1);
    const groups = groupStandards(items, ids(items)) as SidebarCategoryItem[];
    expect(groups.map((group) => [group.label, group.items.length, group.className, group.collapsed])).toEqual([
      ['scs-0100 – scs-0116', 17, 'scs-sb-group', true],
      ['scs-0117 – scs-0133', 17, 'scs-sb-group', true],
      ['scs-0134 – scs-0150', 17, 'scs-sb-group', true],
    ]);
    expect(groups.flatMap((group) => group.items)).toEqual(items);
    const many = standards(1000);
    const sizes = (groupStandards(many, ids(many)) as SidebarCategoryItem[]).map((group) => group.items.length);
    expect(sizes).toHaveLength(40);
    expect(new Set(sizes)).toEqual(new Set([25]));
  });
});
