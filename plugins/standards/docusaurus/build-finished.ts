// Docusaurus's build command exits with 0 when it gets SIGTERM or SIGINT
// (it installs `process.on(signal, () => process.exit())`), so its exit code
// does not tell a finished build from a stopped one. `npm run build`
// (scripts/build.ts) names a file in this variable; the standards plugin
// writes it as the last step of its postBuild, which Docusaurus runs only
// after every page is written. No file: the build did not finish, and the
// script neither indexes nor reports a partial site as built.
import { writeFile } from 'node:fs/promises';

export const BUILD_FINISHED_ENV = 'SCS_BUILD_FINISHED_FILE';

/** Writes the file named by the environment, if any (a build started by other means writes nothing). */
export async function markBuildFinished(env: Readonly<Record<string, string | undefined>>): Promise<void> {
  const file = env[BUILD_FINISHED_ENV];
  if (file) await writeFile(file, `${new Date().toISOString()}\n`);
}

export interface BuildExit {
  /** The exit code of `docusaurus build`, null when it died of a signal it did not catch. */
  status: number | null;
  signal: string | null;
  /** Whether the plugin wrote the finished file. */
  finished: boolean;
}

/** The exit code and message of `npm run build` for how `docusaurus build` ended. Pure. */
export function judgeBuildExit(exit: BuildExit): { code: number; message?: string } {
  if (exit.status !== 0) {
    const how = exit.status === null ? `was stopped by ${exit.signal ?? 'a signal'}` : `exited with ${exit.status}`;
    return { code: exit.status || 1, message: `[scs-build] docusaurus build ${how}; no search index was made.` };
  }
  if (!exit.finished) {
    return {
      code: 1,
      message:
        '[scs-build] docusaurus build exited with 0 but did not finish (it was stopped before the standards plugin\'s postBuild ran; ' +
        'Docusaurus exits with 0 on SIGTERM and SIGINT). The site in the output folder is partial; no search index was made.',
    };
  }
  return { code: 0 };
}
