// markdown-link-check 3.x ships no types; this is the part of its API the
// external-links checker uses.
declare module 'markdown-link-check' {
  interface LinkCheckOptions {
    timeout?: string;
    open_timeout?: string;
    retryOn429?: boolean;
    retryCount?: number;
    fallbackRetryDelay?: string;
    aliveStatusCodes?: Array<number | RegExp>;
    ignoreDisable?: boolean;
    user_agent?: string;
  }
  interface LinkCheckResult {
    link: string;
    status: 'alive' | 'dead' | 'ignored' | 'error';
    statusCode: number;
    err: (Error & { code?: string }) | string | null;
  }
  export default function markdownLinkCheck(
    markdown: string,
    options: LinkCheckOptions,
    callback: (error: Error | null, results: LinkCheckResult[]) => void,
  ): void;
}
