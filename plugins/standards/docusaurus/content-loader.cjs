// The bundler loader for standards documents (see content-module.ts). It is
// plain CommonJS because the bundler loads it by path; the work is done by the
// compile function the plugin passes in the loader's options.
module.exports = function standardsContentLoader(fileContent) {
  const callback = this.async();
  const { compile, dependencies = [] } = this.getOptions();
  for (const dependency of dependencies) this.addDependency(dependency);
  compile({ filePath: this.resourcePath, fileContent, isServer: this._compiler?.name === 'server' }).then(
    (code) => callback(null, code),
    (error) => callback(error),
  );
};
