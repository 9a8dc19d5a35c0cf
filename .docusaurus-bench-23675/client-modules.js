export default [
  require("/work/wt/scale/.docusaurus-bench-23675/docusaurus-plugin-css-cascade-layers/default/layers.css"),
  require("/work/wt/scale/node_modules/infima/dist/css/default/default.css"),
  require("/work/wt/scale/node_modules/@docusaurus/theme-classic/lib/prism-include-languages"),
  require("/work/wt/scale/node_modules/@docusaurus/theme-classic/lib/nprogress"),
  require("/work/wt/scale/src/css/custom.css"),
  require("/work/wt/scale/src/css/code.css"),
  require("/work/wt/scale/src/css/scopes.css"),
  require("/work/wt/scale/src/client/no-viewport-prefetch.ts"),
];
