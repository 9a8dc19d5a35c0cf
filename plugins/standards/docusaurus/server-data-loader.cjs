// The bundler loader that stands in for a standards page's data module (a
// JSON file Docusaurus wrote into the generated-files folder: page props,
// document metadata) in the server bundle of a production build (see
// ./server-data.ts): a few lines that read the file while the page renders,
// instead of the data itself. The file's content is not looked at; the
// bundler still makes the module depend on it, so an edit builds again.
'use strict';

/** The stub module for the data file `file`, reading it through the runtime module `runtime`. Pure. */
function jsonStubCode(file, runtime) {
  return `require(${JSON.stringify(runtime)}).defineJsonModule(exports, ${JSON.stringify(file)});\n`;
}

module.exports = function serverDataLoader() {
  const { runtime } = this.getOptions();
  return jsonStubCode(this.resourcePath, runtime);
};

module.exports.jsonStubCode = jsonStubCode;
