// External links rot; readers of a standard should not meet dead references.
// Checking needs the network, so the rule runs only with `--external-links`
// (LintOptions.externalLinks); otherwise it reports nothing.
//
// For the runner and CLI: `check` is async (CorpusRule.check may return a
// promise). Without the flag, print the count of what was skipped, e.g.
// `N external links not checked (use --external-links)`, with
// `countExternalLinks(summaries, options)` from ../external-links.js.
import type { Finding } from '../../report/diagnostic.js';
import { checkExternalUrls, DEFAULT_EXTERNAL_LINK_SETTINGS, externalLinks, type ExternalLinkSettings } from '../external-links.js';
import type { CorpusRule } from '../rule.js';

export function createExternalLinksRule(settings: ExternalLinkSettings): CorpusRule {
  return {
    meta: {
      id: 'external-links',
      description: 'External links answer (only with `--external-links`); a 404 or 410 is broken, no answer is "unchecked", never broken.',
      defaultSeverity: 'warn',
      // siteUrl and standardsPath: an absolute link to the portal's own standards is not external.
      options: ['--external-links', '--allow-private-links', 'siteUrl', 'standardsPath'],
    },
    scope: 'corpus',
    async check({ files, options }) {
      if (!options.externalLinks) return [];
      const links = externalLinks(files, options);
      const outcomes = await checkExternalUrls(
        links.map(({ link }) => link.url.trim()),
        { ...settings, allowPrivate: settings.allowPrivate || options.allowPrivateLinks },
      );
      const findings: Array<Finding & { path: string }> = [];
      for (const { path, link } of links) {
        const outcome = outcomes.get(link.url.trim());
        if (!outcome || outcome.outcome === 'alive') continue;
        const span = { start: { line: link.line, column: link.column }, end: { line: link.endLine, column: link.endColumn } };
        findings.push({
          path,
          span,
          message:
            outcome.outcome === 'broken'
              ? `Unexpected broken external link \`${link.url}\` (HTTP ${outcome.status}), expected a page that exists`
              : `Unexpected unchecked external link \`${link.url}\` (${outcome.reason}), expected an answer from its server; it could not be checked, which does not mean it is broken`,
        });
      }
      return findings;
    },
  };
}

export const rule = createExternalLinksRule(DEFAULT_EXTERNAL_LINK_SETTINGS);
