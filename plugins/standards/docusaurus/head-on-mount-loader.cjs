// Bundler loader for the head manager's client build (see head-on-mount.ts):
// its dispatcher registers on mount instead of during render. The text it
// changes is one statement of @slorber/react-helmet-async 1.3.0, the version
// Docusaurus pins; if that text is not there, the module is left as it is
// and the build warns (titles may then flicker during hydration, nothing worse).
const FIND = 'r.render=function(){return this.init(),null}';
const REPLACEMENT = 'r.componentDidMount=function(){this.init()},r.render=function(){return null}';

module.exports = function headOnMountLoader(source) {
  if (!source.includes(FIND)) {
    this.emitWarning(new Error(`${this.resourcePath} has changed: its <Head> tags register during render again (see plugins/standards/docusaurus/head-on-mount.ts)`));
    return source;
  }
  return source.replace(FIND, REPLACEMENT);
};
