import { describe, expect, it } from 'vitest';
import { commitTemplateForRemote, commitUrl, commitUrlSettingFromEnv, resolveCommitTemplate } from './commit-links.js';

const HASH = '0123456789abcdef0123456789abcdef01234567';

describe('commitTemplateForRemote', () => {
  it.each([
    ['https://github.com/SovereignCloudStack/standards.git', `https://github.com/SovereignCloudStack/standards/commit/${HASH}`],
    ['https://github.com/SovereignCloudStack/standards', `https://github.com/SovereignCloudStack/standards/commit/${HASH}`],
    ['https://github.com/SovereignCloudStack/standards/', `https://github.com/SovereignCloudStack/standards/commit/${HASH}`],
    // Credentials in a CI remote never reach a page.
    ['https://x-access-token:ghs_secret@github.com/org/repo.git', `https://github.com/org/repo/commit/${HASH}`],
    ['https://GitHub.com/org/repo', `https://github.com/org/repo/commit/${HASH}`],
    ['https://gitlab.com/group/sub/repo.git', `https://gitlab.com/group/sub/repo/-/commit/${HASH}`],
    ['https://gitlab.example.org/scs/standards', `https://gitlab.example.org/scs/standards/-/commit/${HASH}`],
  ])('%s -> %s', (remote, expected) => {
    expect(commitUrl(commitTemplateForRemote(remote), HASH)).toBe(expected);
  });

  it.each([
    'git@github.com:org/repo.git',
    'ssh://git@github.com/org/repo.git',
    'http://github.com/org/repo.git',
    'https://github.com/org',
    'https://github.com/org/repo/extra',
    'https://bitbucket.org/org/repo.git',
    'https://github.com.evil.example/org/repo',
    'https://github.com/org/re%22po',
    'https://github.com/org/repo?x=1',
    '/srv/git/standards.git',
    'file:///srv/git/standards.git',
    '../standards',
  ])('no links for %s', (remote) => {
    expect(commitTemplateForRemote(remote)).toBeNull();
  });
});

describe('commitUrlSettingFromEnv and resolveCommitTemplate', () => {
  const remotes = new Map([
    ['upstream', 'https://github.com/upstream/standards.git'],
    ['origin', 'https://github.com/fork/standards.git'],
  ]);

  it('takes the configured address first', () => {
    const setting = commitUrlSettingFromEnv('https://git.example.org/scs/standards/commit/{commit}');
    expect(commitUrl(resolveCommitTemplate(setting, remotes), HASH)).toBe(`https://git.example.org/scs/standards/commit/${HASH}`);
  });

  it('turns links off with none', () => {
    expect(resolveCommitTemplate(commitUrlSettingFromEnv('none'), remotes)).toBeNull();
  });

  it('otherwise uses origin, or the only remote, or nothing', () => {
    expect(resolveCommitTemplate(commitUrlSettingFromEnv(undefined), remotes)).toBe('https://github.com/fork/standards/commit/{commit}');
    expect(resolveCommitTemplate(commitUrlSettingFromEnv(''), new Map([['upstream', 'https://github.com/upstream/standards.git']]))).toBe('https://github.com/upstream/standards/commit/{commit}');
    expect(resolveCommitTemplate(commitUrlSettingFromEnv(''), new Map([['a', 'https://github.com/a/s'], ['b', 'https://github.com/b/s']]))).toBeNull();
    expect(resolveCommitTemplate(commitUrlSettingFromEnv(''), new Map())).toBeNull();
  });

  it.each(['https://git.example.org/commit/', 'javascript:alert(1)//{commit}', 'ftp://example.org/{commit}', 'https://user:pw@example.org/{commit}', 'not a url {commit}'])(
    'refuses %s with a message that says what is expected',
    (value) => {
      expect(() => commitUrlSettingFromEnv(value)).toThrow(
        `STANDARDS_COMMIT_URL: unexpected \`${value}\`, expected an http(s) address without credentials containing {commit}, e.g. https://git.example.org/scs/standards/commit/{commit}, or \`none\``,
      );
    },
  );
});
