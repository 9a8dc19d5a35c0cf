// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'file-size',
    description: 'Files are no larger than the configured limit (maxFileBytes); larger ones are not parsed.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a document over the limit, here set to 1 KB',
        file: 'scs-0103-v1-standard-flavors.md',
        text: `---\ntitle: Standard flavors\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nEvery compliant cloud offers these flavors, so that workloads can move between clouds.\n\n## Motivation\n\nA deployment tool that asks for \`SCS-4V-16\` should get the same machine on every cloud that\ncarries the label, without a lookup table per provider. Providers may offer more flavors; the\nones below are the common ground that portable automation can rely on.\n\n## Flavors\n\n| Name | vCPUs | RAM (GiB) | Disk (GB) |\n| --- | ---: | ---: | ---: |\n${[1, 2, 4, 8, 16, 32].flatMap((cpus) => [2, 4, 8].map((ram) => `| SCS-${cpus}V-${cpus * ram} | ${cpus} | ${cpus * ram} | ${cpus >= 8 ? 100 : 50} |`)).join('\n')}\n`,
        options: { maxFileBytes: 1024 },
        findings: ['1:1 Unexpected file of 2 KB, expected at most 1 KB; the file was not parsed'],
      },
      {
        title: 'a document under that limit',
        file: 'scs-0103-v1-standard-flavors.md',
        text: '---\ntitle: Standard flavors\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nEvery compliant cloud offers these flavors.\n\n## Flavors\n\n| Name | vCPUs | RAM (GiB) |\n| --- | ---: | ---: |\n| SCS-2V-4 | 2 | 4 |\n| SCS-4V-16 | 4 | 16 |\n',
        options: { maxFileBytes: 1024 },
        findings: [],
      },
    ],
    options: ['maxFileBytes'],
  },
  { skipTemplates: false },
);
