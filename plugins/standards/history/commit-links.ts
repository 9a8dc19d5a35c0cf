// Where a commit of the corpus can be seen on the web. Decided in this order:
//
// 1. STANDARDS_COMMIT_URL, when set: an address with `{commit}` where the
//    commit's full hash goes (any forge: Gitea, Forgejo, cgit, …), or `none`
//    for no links at all.
// 2. Otherwise the corpus repository's remote (`origin`, else its only
//    remote), when it is an https address on GitHub (github.com) or GitLab
//    (gitlab.com, or a host whose name starts with `gitlab.`). User names and
//    tokens in the remote address are never copied into a link.
// 3. Otherwise no links: the history still lists dates and subjects.
//
// A guessed address that points at the wrong repository would be worse than
// none, so anything else (ssh remotes, other hosts, odd paths) gives none. Pure.

export const COMMIT_URL_PLACEHOLDER = '{commit}';

export type CommitUrlSetting = { kind: 'template'; template: string } | { kind: 'none' } | { kind: 'remote' };

/** Reads STANDARDS_COMMIT_URL; throws with a message that says what is expected (the config stops the build with it). */
export function commitUrlSettingFromEnv(value: string | undefined): CommitUrlSetting {
  const given = value?.trim() ?? '';
  if (given === '') return { kind: 'remote' };
  if (given === 'none') return { kind: 'none' };
  let url: URL | null = null;
  try {
    url = new URL(given.replace(COMMIT_URL_PLACEHOLDER, '0'));
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol) || !given.includes(COMMIT_URL_PLACEHOLDER) || url.username || url.password) {
    throw new Error(
      `STANDARDS_COMMIT_URL: unexpected \`${given}\`, expected an http(s) address without credentials containing ${COMMIT_URL_PLACEHOLDER}, e.g. https://git.example.org/scs/standards/commit/${COMMIT_URL_PLACEHOLDER}, or \`none\``,
    );
  }
  return { kind: 'template', template: given };
}

const SEGMENT = /^[A-Za-z0-9._-]+$/;

/** The commit address template for a remote URL, or null when it is not an https GitHub or GitLab repository. */
export function commitTemplateForRemote(remote: string): string | null {
  let url: URL;
  try {
    url = new URL(remote);
  } catch {
    return null; // scp-like ssh (`git@host:org/repo`) and local paths
  }
  if (url.protocol !== 'https:' || url.search || url.hash) return null;
  const segments = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '').split('/').slice(1);
  if (segments.length < 2 || !segments.every((segment) => SEGMENT.test(segment) && segment !== '.' && segment !== '..')) return null;
  const host = url.host.toLowerCase();
  const base = `https://${host}/${segments.join('/')}`;
  if (host === 'github.com') return segments.length === 2 ? `${base}/commit/${COMMIT_URL_PLACEHOLDER}` : null;
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return `${base}/-/commit/${COMMIT_URL_PLACEHOLDER}`;
  return null;
}

/** The template the setting and the remotes give; null for no links. */
export function resolveCommitTemplate(setting: CommitUrlSetting, remotes: ReadonlyMap<string, string>): string | null {
  if (setting.kind === 'template') return setting.template;
  if (setting.kind === 'none') return null;
  const remote = remotes.get('origin') ?? (remotes.size === 1 ? [...remotes.values()][0] : undefined);
  return remote === undefined ? null : commitTemplateForRemote(remote);
}

export function commitUrl(template: string | null, hash: string): string | null {
  return template === null ? null : template.replace(COMMIT_URL_PLACEHOLDER, hash);
}
