// github-slugger 1.x ships no types. It is pinned to the major Docusaurus uses,
// so heading anchors here are the anchors the portal renders.
declare module 'github-slugger' {
  export default class GithubSlugger {
    slug(value: string, maintainCase?: boolean): string;
    reset(): void;
    /** The slug of one text, without de-duplication. */
    static slug(value: string, maintainCase?: boolean): string;
  }
}
