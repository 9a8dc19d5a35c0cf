// The bundler loader for standards documents (see content-module.ts). It is
// plain CommonJS because the bundler loads it by path; the work is done by the
// compile function the plugin passes in the loader's options.
//
// A document that cannot be rendered (over a resource limit, say) fails its
// own module with a message that already names the file, line and rule id
// (content-module.ts); its stack trace would only bury that message under
// the plugin's internals in the terminal and the dev server's overlay, so the
// bundler is told to hide it (`hideStack`, honoured by webpack and rspack).
// Other pages keep building and serving.
module.exports = function standardsContentLoader(fileContent) {
  const callback = this.async();
  const { compile, dependencies = [] } = this.getOptions();
  for (const dependency of dependencies) this.addDependency(dependency);
  compile({ filePath: this.resourcePath, fileContent, isServer: this._compiler?.name === 'server' }).then(
    (code) => callback(null, code),
    (error) => callback(authorError(error)),
  );
};

/** The error as an author should see it: its message, without the stack. */
function authorError(error) {
  const clean = new Error(error instanceof Error ? error.message : String(error));
  clean.hideStack = true;
  clean.stack = clean.message;
  return clean;
}

module.exports.authorError = authorError;
