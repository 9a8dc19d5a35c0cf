// The small registry the scope rules' examples certify against (their
// `others`), and a valid scope file they vary. The examples lint on
// 2025-06-01 (lint/rule-examples.ts): flavor naming v3 is Stable, entropy v1
// was deprecated on 2025-03-01, image metadata v1 is a Draft and the
// block-storage proposal v1 was rejected.
const document = (fields: string, body: string) => `---\n${fields}\n---\n\n${body}`;

export const SCOPE_EXAMPLE_DOCUMENTS: Readonly<Record<string, string>> = {
  'scs-0100-v3-flavor-naming.md': document(
    'title: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-15',
    '## Introduction\n\nFlavor names say what a flavor offers.\n',
  ),
  'scs-0101-v1-entropy.md': document(
    'title: Entropy in virtual machines\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2023-05-01\ndeprecated_at: 2025-03-01',
    '## Introduction\n\nVirtual machines get enough entropy at boot.\n',
  ),
  'scs-0102-v1-image-metadata.md': document('title: Image metadata\ntype: Standard\nstatus: Draft\ntrack: IaaS', '## Introduction\n\nPublic images carry metadata.\n'),
  'scs-0103-v1-block-storage-tiers.md': document(
    'title: Block storage tiers\ntype: Standard\nstatus: Rejected\ntrack: IaaS\nrejected_at: 2024-09-10',
    '## Introduction\n\nThree fixed tiers of block storage.\n',
  ),
};

/** A scope file that passes every scope rule; examples replace lines of it. */
export const SCOPE_EXAMPLE = `uuid: 0f6c2a1e-5b7d-4c3e-9a81-2d4f6b8c0e13
name: Sovereign IaaS baseline
modules:
  - id: scs-0100-v3
    name: Flavor naming v3
    url: https://docs.scs.community/standards/scs-0100-v3-flavor-naming
    parameters:
      flavor_prefix: prefix of every public flavor name
    targets:
      main: [flavor-name-syntax]
scripts:
  - executable: ./iaas/check-flavors.py
    testcases:
      - id: flavor-name-syntax
        lifetime: month
versions:
  - version: v1
    stabilized_at: 2025-02-01
    include:
      - ref: scs-0100-v3
        parameters:
          flavor_prefix: SCS-
timeline:
  - date: 2025-02-01
    versions:
      v1: effective
`;
