// Every lint rule, in the order their findings are produced. Adding a rule
// means a file in rules/, a line here, a test table and a docs page.
import type { Rule } from './rule.js';
import { rule as attachmentSvg } from './rules/attachment-svg.js';
import { rule as attachmentType } from './rules/attachment-type.js';
import { rule as contentSafety } from './rules/content-safety.js';
import { rule as curlyQuotes } from './rules/curly-quotes.js';
import { rule as doubleHyphen } from './rules/double-hyphen.js';
import { rule as effectiveVersionGap } from './rules/effective-version-gap.js';
import { rule as fileEncoding } from './rules/file-encoding.js';
import { rule as fileName } from './rules/file-name.js';
import { rule as fileSize } from './rules/file-size.js';
import { rule as fileSymlink } from './rules/file-symlink.js';
import { rule as frontMatterCanonicalForm } from './rules/front-matter-canonical-form.js';
import { rule as frontMatterComment } from './rules/front-matter-comment.js';
import { rule as frontMatterDuplicateKey } from './rules/front-matter-duplicate-key.js';
import { rule as frontMatterRequired } from './rules/front-matter-required.js';
import { rule as frontMatterSyntax } from './rules/front-matter-syntax.js';
import { rule as frontMatterUnknownKey } from './rules/front-matter-unknown-key.js';
import { rule as frontMatterValue } from './rules/front-matter-value.js';
import { rule as headingLevels } from './rules/heading-levels.js';
import { rule as historyChangeScope } from './rules/history-change-scope.js';
import { rule as historyLifecycleDate } from './rules/history-lifecycle-date.js';
import { rule as historyRenamedDocument } from './rules/history-renamed-document.js';
import { rule as historyStableBody } from './rules/history-stable-body.js';
import { rule as historyStatusTransition } from './rules/history-status-transition.js';
import { rule as lifecycleDateOrder } from './rules/lifecycle-date-order.js';
import { rule as lifecycleReplacedBy } from './rules/lifecycle-replaced-by.js';
import { rule as lifecycleRequiredDate } from './rules/lifecycle-required-date.js';
import { rule as externalLinks } from './rules/external-links.js';
import { rule as linkLeavesFolder } from './rules/link-leaves-folder.js';
import { rule as linkTarget } from './rules/link-target.js';
import { rule as linkText } from './rules/link-text.js';
import { rule as markdownStyle } from './rules/markdown-style.js';
import { rule as mdxSyntax } from './rules/mdx-syntax.js';
import { rule as proposalDraft } from './rules/proposal-draft.js';
import { rule as referenceExists } from './rules/reference-exists.js';
import { rule as replacedByRecommended } from './rules/replaced-by-recommended.js';
import { rule as replacedByRequired } from './rules/replaced-by-required.js';
import { rule as replacementSymmetry } from './rules/replacement-symmetry.js';
import { rule as replacesPredecessor } from './rules/replaces-predecessor.js';
import { rule as resourceLimit } from './rules/resource-limit.js';
import { rule as requiredSections } from './rules/required-sections.js';
import { rule as scopeReference } from './rules/scope-reference.js';
import { rule as scopeSchema } from './rules/scope-schema.js';
import { rule as scopeStandard } from './rules/scope-standard.js';
import { rule as scopeStandardState } from './rules/scope-standard-state.js';
import { rule as scopeSyntax } from './rules/scope-syntax.js';
import { rule as scopeTimeline } from './rules/scope-timeline.js';
import { rule as scopeUniqueId } from './rules/scope-unique-id.js';
import { rule as singleStableVersion } from './rules/single-stable-version.js';
import { rule as trackMatchesNumber } from './rules/track-matches-number.js';
import { rule as trailingSpaces } from './rules/trailing-spaces.js';
import { rule as uniqueVersion } from './rules/unique-version.js';

export const ALL_RULES: readonly Rule[] = [
  // Reading the file
  fileSymlink,
  fileSize,
  fileEncoding,
  resourceLimit,
  // Name and front matter
  fileName,
  frontMatterSyntax,
  frontMatterDuplicateKey,
  frontMatterUnknownKey,
  frontMatterValue,
  frontMatterCanonicalForm,
  frontMatterComment,
  frontMatterRequired,
  trackMatchesNumber,
  // Lifecycle fields of one document
  lifecycleRequiredDate,
  lifecycleReplacedBy,
  lifecycleDateOrder,
  proposalDraft,
  // The Markdown body
  requiredSections,
  headingLevels,
  markdownStyle,
  contentSafety,
  attachmentType,
  mdxSyntax,
  linkText,
  // House rules for the text
  curlyQuotes,
  doubleHyphen,
  trailingSpaces,
  linkLeavesFolder,
  // Across documents
  uniqueVersion,
  replacesPredecessor,
  referenceExists,
  replacementSymmetry,
  replacedByRequired,
  replacedByRecommended,
  singleStableVersion,
  effectiveVersionGap,
  linkTarget,
  externalLinks,
  // Attachments
  attachmentSvg,
  // Scope files (scopes/*.yaml)
  scopeSyntax,
  scopeSchema,
  scopeUniqueId,
  scopeReference,
  scopeTimeline,
  scopeStandard,
  scopeStandardState,
  // Against the base branch (--base REF); without it these find nothing
  historyRenamedDocument,
  historyStatusTransition,
  historyLifecycleDate,
  historyStableBody,
  historyChangeScope,
];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.meta.id === id);
}
