import { describe, expect, it } from 'vitest';
import { reduceRouteFiles, splitRoutesModule, withClientRouteAliases } from './client-routes.js';

// The three files as Docusaurus 3.10 writes them, for a site with a handbook page, a status page, the
// standards docs tree with two documents, the home page and the not-found route.
const routes = `import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/compliance',
    component: ComponentCreator('/compliance', 'e5a'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0100',
    component: ComponentCreator('/standards/iaas/scs-0100', '841'),
    exact: true
  },
  {
    path: '/docs',
    component: ComponentCreator('/docs', 'd1'),
    routes: [
      {
        path: '/docs/it\\'s',
        component: ComponentCreator('/docs/it\\'s', 'd2'),
        exact: true,
        sidebar: "handbook {[("
      }
    ]
  },
  {
    path: '/standards',
    component: ComponentCreator('/standards', '79b'),
    routes: [
      {
        path: '/standards',
        component: ComponentCreator('/standards', '202'),
        routes: [
          {
            path: '/standards/scs-0100-v1-a',
            component: ComponentCreator('/standards/scs-0100-v1-a', '317'),
            exact: true,
            sidebar: "standards"
          },
          {
            path: '/standards/scs-0100-v2-a',
            component: ComponentCreator('/standards/scs-0100-v2-a', '318'),
            exact: true,
            sidebar: "standards"
          }
        ]
      }
    ]
  },
  {
    path: '/',
    component: ComponentCreator('/', 'e5f'),
    exact: true
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
`;
const chunkNames = {
  '/compliance-e5a': { __comp: 'c1', __context: { plugin: 'p1' }, __props: 'x1' },
  '/standards/iaas/scs-0100-841': { __comp: 'c2', __context: { plugin: 'p2' }, __props: 'x2' },
  '/docs-d1': { __comp: 'c3', __context: { plugin: 'p3' } },
  "/docs/it's-d2": { __comp: 'c4', content: 'x3' },
  '/standards-79b': { __comp: 'c3', __context: { plugin: 'p4' } },
  '/standards-202': { __comp: 'c5', __props: 'x4' },
  '/standards/scs-0100-v1-a-317': { __comp: 'c4', content: 'x5' },
  '/standards/scs-0100-v2-a-318': { __comp: 'c4', content: 'x6' },
  '/-e5f': { __comp: 'c6', __context: { plugin: 'p5' } },
};
const modules: Record<string, string> = {
  c1: '@site/src/components/scopes/CompliancePage',
  c2: '@site/src/components/standards/routes/StatusRoute',
  c3: '@theme/DocsRoot',
  c4: '@theme/DocItem',
  c5: '@theme/DocVersionRoot',
  c6: '@site/src/pages/index.tsx',
  p1: '@generated/scs-scopes/default/__plugin.json',
  p2: '@generated/scs-standards/default/__plugin.json',
  p3: '@generated/docusaurus-plugin-content-docs/default/__plugin.json',
  p4: '@generated/docusaurus-plugin-content-docs/standards/__plugin.json',
  p5: '@generated/docusaurus-plugin-content-pages/default/__plugin.json',
  x1: '@generated/scs-scopes/default/p/compliance.json',
  x2: '@generated/scs-standards/default/p/standards-iaas-scs-0100.json',
  x3: "@site/docs/it's.md",
  x4: '@generated/docusaurus-plugin-content-docs/standards/p/standards.json',
  x5: '@site/Standards/scs-0100-v1-a.md',
  x6: '@site/Standards/scs-0100-v2-a.md',
};
const registryLines = Object.entries(modules).map(([chunk, module]) => `  "${chunk}": [() => import(/* webpackChunkName: "${chunk}" */ "${module}"), "${module}", require.resolveWeak("${module}")],`);
const registry = `export default {\n${registryLines.join('\n')}};\n`;
const options = {
  basePath: '/standards',
  docsPluginModule: '@generated/docusaurus-plugin-content-docs/standards/__plugin.json',
  dataComponents: ['@site/src/components/standards/routes/StatusRoute'],
};

describe('reduceRouteFiles', () => {
  const reduced = reduceRouteFiles({ routes, routesChunkNames: JSON.stringify(chunkNames), registry }, options);

  it('leaves out the data pages and the standards docs tree, and puts one route for them before the home page', () => {
    expect(splitRoutesModule(reduced.routes).entries.map((entry) => entry.path)).toEqual(['/compliance', '/docs', '/standards', '/', '*']);
    expect(reduced.routes).toContain("import StandardsRoute from \"@site/src/components/standards/routes/StandardsRoute\";");
    expect(reduced.routes).toContain("  {\n    path: '/standards',\n    component: StandardsRoute\n  },\n  {\n    path: '/',");
    expect(reduced.routes).not.toContain('scs-0100');
    expect(reduced).toMatchObject({ removed: 2, kept: 4 });
  });

  it('keeps the chunk names and registry entries of the routes kept, and only those', () => {
    expect(Object.keys(JSON.parse(reduced.routesChunkNames))).toEqual(['/compliance-e5a', '/docs-d1', "/docs/it's-d2", '/-e5f']);
    const chunks = [...reduced.registry.matchAll(/^ {2}"(\w+)"/gm)].map((match) => match[1]);
    expect(chunks).toEqual(['c1', 'c3', 'c4', 'c6', 'p1', 'p3', 'p5', 'x1', 'x3']);
    expect(reduced.registry.endsWith('],};\n')).toBe(true);
  });

  it('reads quotes and brackets inside paths and attributes as text', () => {
    const docs = splitRoutesModule(routes).entries.find((entry) => entry.path === '/docs');
    expect(docs?.text).toContain('sidebar: "handbook {[("');
    expect(docs?.key).toBe('/docs-d1');
  });

  it('refuses files of another shape, so that the build keeps the full table', () => {
    expect(() => reduceRouteFiles({ routes: 'export default routes;', routesChunkNames: '{}', registry }, options)).toThrow(/export default \[/);
    expect(() => reduceRouteFiles({ routes, routesChunkNames: JSON.stringify(chunkNames), registry: 'module.exports = {}' }, options)).toThrow(/registry/);
    expect(() => reduceRouteFiles({ routes, routesChunkNames: JSON.stringify(chunkNames), registry }, { ...options, dataComponents: [], docsPluginModule: 'none' })).toThrow(/no route/);
  });
});

describe('withClientRouteAliases', () => {
  it('puts the three route files first, before the `@generated` folder they would otherwise resolve in', () => {
    const alias = withClientRouteAliases({ '@site': '/site', '@generated': '/site/.docusaurus' }, { routes: '/r.js', routesChunkNames: '/c.json', registry: '/g.js' });
    expect(Object.entries(alias)).toEqual([
      ['@generated/routes', '/r.js'],
      ['@generated/routesChunkNames', '/c.json'],
      ['@generated/registry', '/g.js'],
      ['@site', '/site'],
      ['@generated', '/site/.docusaurus'],
    ]);
  });
});
