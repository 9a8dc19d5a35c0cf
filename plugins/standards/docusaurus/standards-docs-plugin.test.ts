import { describe, expect, it } from 'vitest';
import { withoutDocumentList } from './standards-docs-plugin.js';

describe('withoutDocumentList', () => {
  it('empties the document list of every version and keeps everything else', () => {
    const data = {
      path: '/standards',
      breadcrumbs: true,
      versions: [
        {
          name: 'current',
          path: '/standards',
          mainDocId: 'scs-0001-v1-sovereign-cloud-standards',
          docs: [{ id: 'scs-0001-v1-sovereign-cloud-standards', path: '/standards/scs-0001-v1-sovereign-cloud-standards', sidebar: 'standards' }],
          draftIds: [],
          sidebars: { standards: { link: { path: '/standards/global', label: 'About Global' } } },
        },
      ],
    };
    expect(withoutDocumentList(data)).toEqual({
      path: '/standards',
      breadcrumbs: true,
      versions: [
        {
          name: 'current',
          path: '/standards',
          mainDocId: 'scs-0001-v1-sovereign-cloud-standards',
          docs: [],
          draftIds: [],
          sidebars: { standards: { link: { path: '/standards/global', label: 'About Global' } } },
        },
      ],
    });
    expect(data.versions[0]!.docs).toHaveLength(1); // the input is left alone
  });
});
