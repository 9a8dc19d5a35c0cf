// The portal: the handbook (docs/) and the standards (Standards/, or any
// folder of the same layout given as STANDARDS_DIR), rendered as Markdown.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import v8 from 'node:v8';
import type { Config, PluginModule } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import standardsPlugin from './plugins/standards/docusaurus/index';
import { buildDateFromEnv } from './plugins/standards/docusaurus/options';
import { resolveStandardsDir } from './plugins/standards/docusaurus/corpus';
import { STANDARDS_DOCUMENT_PATTERN } from './plugins/standards/docusaurus/options';
import { createParseFrontMatter } from './plugins/standards/docusaurus/front-matter-adapter';
import { createSidebarItemsGenerator } from './plugins/standards/docusaurus/sidebar';
import { rehypeHighlightCode } from './plugins/standards/render/highlight';
import { rehypeSeparateCells } from './plugins/standards/render/separate-cells';
import headOnMountPlugin from './plugins/standards/docusaurus/head-on-mount';
import noClientPrismPlugin from './plugins/standards/docusaurus/no-client-prism';
import standardsDocsPlugin from './plugins/standards/docusaurus/standards-docs-plugin';
import { remarkUnlinkMissingStandards } from './plugins/standards/docusaurus/unlink-missing-standards';
import { remarkResolvePermalinks } from './plugins/standards/docusaurus/resolve-permalinks';
import { searchConfigFromEnv } from './plugins/standards/search/config';
import scopesPlugin from './plugins/standards/docusaurus/scopes-plugin';
import { scopeSourceFromEnv } from './plugins/standards/docusaurus/scopes-data';
import { commitUrlSettingFromEnv } from './plugins/standards/history/commit-links';
import { siteAddressFromEnv, siteRoot } from './plugins/standards/docusaurus/site-address';

// The build allocates fast and V8 lets the heap grow to several times what is
// live before collecting. Growing by half at most kept the peak of a
// 1,000-document build at 1.7 GB instead of 2.1 GB, for about 5% more CPU; the
// limit still follows the live size, so a larger corpus is not cut short.
v8.setFlagsFromString('--heap-growing-percent=50');

const REPOSITORY = 'https://github.com/SovereignCloudStack/standards';
// The day the HTML shows states for: STANDARDS_DATE=YYYY-MM-DD, else today. Pages recompute them in the browser.
const date = buildDateFromEnv(process.env);
// Compliance results: one YAML file per subject in compliance/ (or COMPLIANCE_DIR); a monitor's status endpoint if COMPLIANCE_MONITOR_URL is set.
const complianceDir = path.resolve(__dirname, process.env.COMPLIANCE_DIR ?? 'compliance');
const complianceMonitor = process.env.COMPLIANCE_MONITOR_URL
  ? { url: process.env.COMPLIANCE_MONITOR_URL, timeoutMs: Number(process.env.COMPLIANCE_MONITOR_TIMEOUT_MS ?? 5000) || 5000 }
  : null;
// Where the portal is published: SITE_URL (origin) and BASE_URL (path), e.g. for GitHub Pages without a custom
// domain; unset, https://docs.scs.community at its root. A malformed value stops the build with its name.
const site = siteAddressFromEnv(process.env);
// Algolia DocSearch when ALGOLIA_APP_ID, ALGOLIA_SEARCH_API_KEY and ALGOLIA_INDEX_NAME are set; else offline Pagefind.
const search = searchConfigFromEnv(process.env);

/**
 * Whether "last updated" can be shown: Docusaurus refuses last-update dates for files outside a git worktree (an
 * exported corpus), and in a shallow clone it would date every file whose changes lie beyond the clone by the
 * clone's oldest commit, a wrong day. Without full history no day is shown; the list of changes on each
 * document still shows the commits that are certain (history/commit-log.ts).
 */
function hasFullGitHistory(folder: string): boolean {
  try {
    const answers = execFileSync('git', ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository'], { cwd: folder, stdio: ['ignore', 'pipe', 'ignore'] });
    return answers.toString().split('\n').slice(0, 2).join(' ') === 'true false';
  } catch {
    return false;
  }
}

// Docusaurus's default exclusions, kept because `exclude` replaces them.
const DEFAULT_EXCLUDE = ['**/_*.{js,jsx,ts,tsx,md,mdx}', '**/_*/**', '**/*.test.{js,jsx,ts,tsx}', '**/__tests__/**'];

export default async function createConfig(): Promise<Config> {
  // Unset or empty: our own Standards/. A folder that does not exist stops the build with its name.
  const standardsDir = resolveStandardsDir(__dirname, process.env.STANDARDS_DIR);
  // Scope files: <standards>/scopes/, or SCOPES_DIR (e.g. the Tests/ folder of a checkout, where only scope files are read).
  const scopes = scopeSourceFromEnv(process.env, standardsDir);
  // Commit links in a document's history: STANDARDS_COMMIT_URL, else the corpus repository's https GitHub/GitLab remote, else none.
  const commitUrl = commitUrlSettingFromEnv(process.env.STANDARDS_COMMIT_URL);

  return {
    title: 'SCS Standards',
    tagline: 'The standards of the Sovereign Cloud Stack: what is in force, what is coming, what was replaced',
    favicon: 'img/favicon.svg',
    url: site.url,
    baseUrl: site.baseUrl,
    organizationName: 'SovereignCloudStack',
    projectName: 'standards',
    trailingSlash: false,
    onBrokenLinks: 'throw',
    onBrokenAnchors: 'warn',
    future: {
      v4: true,
      // Every "faster" option but SSG worker threads: rendering the pages in one
      // thread cost the same CPU and about 500 MB less peak memory on 1,000 documents.
      faster: {
        swcJsLoader: true,
        swcJsMinimizer: true,
        swcHtmlMinimizer: true,
        lightningCssMinimizer: true,
        mdxCrossCompilerCache: true,
        rspackBundler: true,
        rspackPersistentCache: true,
        ssgWorkerThreads: false,
        gitEagerVcs: true,
      },
    },
    // Links in view are not prefetched (see the file for the trade-off).
    clientModules: ['./src/client/no-viewport-prefetch.ts', './src/client/prefetch-on-intent.ts'],
    i18n: { defaultLocale: 'en', locales: ['en'] },
    markdown: {
      // `.md` is CommonMark, never MDX: a standard cannot run code or import modules.
      format: 'detect',
      parseFrontMatter: createParseFrontMatter({ standardsDir, date, scopes, commitUrl }),
      hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
    },
    presets: [
      [
        'classic',
        {
          docs: {
            path: 'docs',
            routeBasePath: 'docs',
            sidebarPath: './sidebars.ts',
            editUrl: `${REPOSITORY}/edit/main/`,
            showLastUpdateTime: true,
            // Built from another corpus, handbook links to standards it lacks become text.
            // Short permalinks are static redirect files: links to them go straight to their targets.
            remarkPlugins: [remarkResolvePermalinks({ standardsDir, date }), remarkUnlinkMissingStandards({ standardsDir, date })],
            // Code is highlighted here, at build time; the browser gets coloured spans and no Prism.
            // Table cells end with a space, so the search index keeps their words apart (render/separate-cells.ts).
            rehypePlugins: [rehypeHighlightCode, rehypeSeparateCells],
          },
          blog: false,
          theme: { customCss: ['./src/css/custom.css', './src/css/code.css', './src/css/scopes.css'] },
        } satisfies Preset.Options,
      ],
    ],
    plugins: [
      [
        // plugin-content-docs, with documents compiled as data (not MDX) and without its per-document list in every page's bundle.
        standardsDocsPlugin as PluginModule,
        {
          id: 'standards',
          path: standardsDir,
          routeBasePath: 'standards',
          // Candidates only, directly in the folder (no subfolder, so no link is followed): which of them
          // are pages is decided file by file by the file set the linter uses (parse/file-set.ts).
          include: [STANDARDS_DOCUMENT_PATTERN],
          exclude: DEFAULT_EXCLUDE,
          sidebarPath: './sidebars-standards.ts',
          sidebarItemsGenerator: createSidebarItemsGenerator(standardsDir, date),
          numberPrefixParser: false,
          editUrl: ({ docPath }: { docPath: string }) => `${REPOSITORY}/edit/main/Standards/${docPath}`,
          showLastUpdateTime: hasFullGitHistory(standardsDir),
          // Documents are rendered by our content loader (sanitized, highlighted, permalinks resolved), not by MDX.
          scs: { standardsDir, date },
        },
      ],
      // The cast forgets the plugin's content type, which Docusaurus does not know.
      [standardsPlugin as PluginModule, { standardsDir, date, scopes }],
      [scopesPlugin as PluginModule, { standardsDir, scopes, complianceDir, monitor: complianceMonitor, date, siteUrl: siteRoot(site) }],
      noClientPrismPlugin,
      headOnMountPlugin,
      ...search.plugins,
    ],
    themeConfig: {
      colorMode: { respectPrefersColorScheme: true },
      navbar: {
        title: 'SCS Standards',
        items: [
          { to: '/standards', label: 'Standards', position: 'left', activeBaseRegex: '^/standards' },
          { to: '/compliance', label: 'Compliance', position: 'left' },
          { type: 'docSidebar', sidebarId: 'handbook', label: 'Handbook', position: 'left' },
          { type: 'search', position: 'right' },
          { href: REPOSITORY, label: 'GitHub', position: 'right' },
        ],
      },
      footer: {
        style: 'dark',
        links: [
          {
            title: 'Registry',
            items: [
              { label: 'All standards', to: '/standards' },
              { label: 'Compliance', to: '/compliance' },
              { label: 'Search', to: '/search' },
            ],
          },
          {
            title: 'Source',
            items: [{ label: 'GitHub', href: REPOSITORY }],
          },
        ],
        copyright: 'Sovereign Cloud Stack. Content under CC BY-SA 4.0 unless stated otherwise.',
      },
      docs: { sidebar: { hideable: true } },
      ...(search.algolia ? { algolia: search.algolia } : {}),
    } satisfies Preset.ThemeConfig,
  };
}
