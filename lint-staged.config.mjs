// What the pre-commit hook (.husky/pre-commit) runs when files below
// Standards/ are staged. lint-staged hides unstaged changes while it runs, so
// the linter sees what is about to be committed. One run, whatever the files:
// `--changed` lints the changed documents and every document that names them
// and still runs the cross-document rules on the whole folder; `--base HEAD`
// adds the history rules (a renamed or deleted numbered document, a status
// moving backwards, a passed date changed) against the last commit.
import { execFileSync } from 'node:child_process';

/** A repository without a first commit has no HEAD to compare with. */
function hasHead() {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const STANDARDS_COMMAND = 'npm run lint:standards -- --base HEAD --changed';

export default {
  'Standards/**': () => (hasHead() ? STANDARDS_COMMAND : 'npm run lint:standards'),
};
