// Code is highlighted at build time (./highlight.ts), so the browser needs no
// Prism. The classic theme still registers a client module that imports
// prism-react-renderer (about 85 KB in every page's main bundle) to load extra
// Prism languages; swizzling @theme/prism-include-languages cannot drop that
// import, so this plugin resolves the client module itself to an empty module.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

const require = createRequire(import.meta.url);

/** The client module as listed in `.docusaurus/client-modules.js` (absolute, without extension). */
export function prismClientModule(): string {
  return path.join(path.dirname(require.resolve('@docusaurus/theme-classic')), 'prism-include-languages');
}

export default function noClientPrismPlugin(): Plugin {
  const module = prismClientModule();
  return {
    name: 'scs-no-client-prism',
    configureWebpack() {
      // `$`: only this exact request; `false`: an empty module.
      return { resolve: { alias: { [`${module}$`]: false, [`${module}.js$`]: false } } };
    },
  };
}
