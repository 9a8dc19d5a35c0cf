// npm's `prepare` step: installs the git hooks in .husky/ (a pre-commit hook
// that lints the staged standards, see lint-staged.config.mjs) for people who
// work in a clone. It never fails an install: outside a git checkout (an npm
// pack, a tarball), in CI (CI=true), with HUSKY=0, or where husky is not
// installed (a production install), it does nothing and says why in one line.
import { existsSync } from 'node:fs';

const ci = (process.env.CI ?? '').trim().toLowerCase();
if (ci !== '' && ci !== '0' && ci !== 'false') {
  console.log('git hooks: not installed in CI');
} else if (!existsSync('.git')) {
  console.log('git hooks: not installed, this is not a git checkout');
} else {
  try {
    const { default: installHooks } = await import('husky');
    const problem = installHooks('.husky');
    console.log(problem ? `git hooks: not installed (${problem})` : 'git hooks: pre-commit hook installed (.husky/pre-commit)');
  } catch (error) {
    console.log(`git hooks: not installed (${error?.code ?? error?.message ?? error})`);
  }
}
