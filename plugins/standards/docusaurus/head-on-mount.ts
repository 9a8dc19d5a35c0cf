// Keeps the tab title steady while React takes over a page. Docusaurus
// hydrates in a transition, which React renders in slices and may restart.
// Its head manager (a fork of react-helmet-async 1.3) registers every <Head>
// while rendering and applies what it has so far between slices: the tab
// showed the site's name alone until the page's own title was reached again,
// and a <Head> from a discarded render was never unregistered. In the
// browser bundle the registration moves to componentDidMount: only committed
// <Head>s count, all of a hydration's at once, in tree order as before. The
// server bundle is untouched: rendering the HTML needs the registration
// during render.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

const require = createRequire(import.meta.url);

/** The head manager's ES module build, as Docusaurus resolves it. */
export function headManagerModule(): string {
  const packageJson = require.resolve('react-helmet-async/package.json', { paths: [path.dirname(require.resolve('@docusaurus/core/package.json'))] });
  return path.join(path.dirname(packageJson), 'lib', 'index.module.js');
}

export default function headOnMountPlugin(): Plugin {
  const module = headManagerModule();
  return {
    name: 'scs-head-on-mount',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return { module: { rules: [{ test: /\.js$/, include: [module], use: [{ loader: require.resolve('./head-on-mount-loader.cjs') }] }] } };
    },
  };
}
