// Bundled into the server bundle of a production build only (see
// ./server-data.ts): the stubs that stand there for every standards page's
// data modules and document content read that data from its file in the
// generated-files folder while their page is rendered, instead of carrying it
// in the bundle. What they read is kept for the rest of the current turn of
// the event loop (a page asks for its metadata and its front matter, its
// table of contents and its body, each once or twice while it renders), then
// dropped: every page is rendered once, so nothing a page read stays in
// memory while the thousands of pages after it are rendered.
//
// Plain CommonJS without imports of our own: the bundler takes it as it is,
// and the unit tests load it with Node.
'use strict';

const { readFileSync } = require('node:fs');

/** file -> its parsed data, until the end of the current turn. */
const recent = new Map();
let forgetting = false;

/** The parsed JSON of `file`, read again if it was last read in an earlier turn. */
function readData(file) {
  if (recent.has(file)) return recent.get(file);
  const value = JSON.parse(readFileSync(file, 'utf8'));
  recent.set(file, value);
  if (!forgetting) {
    forgetting = true;
    setImmediate(forget);
  }
  return value;
}

function forget() {
  recent.clear();
  forgetting = false;
  collectIfGrown();
}

// What the pages dropped is garbage, but V8 collects an old generation this size lazily: rendering 2,000
// pages, its heap grew from 230 to 440 MB of which about 250 MB were alive (forced collections every few
// seconds kept it at 250 MB), and that garbage was most of what the build's peak memory grew by while
// rendering. So once the heap has grown by GROWTH since the last full collection left it, the runtime asks
// for one. At 1,000 documents that is a few dozen collections of a quarter of a second each.
const GROWTH = 96 * 1024 * 1024;
const v8 = require('node:v8');
let collectGarbage;
let live = 0;
let collections = 0;

/** Whether a heap of `used` bytes should be collected, the last collection having left `liveAfterLast`. Pure. */
function shouldCollect(used, liveAfterLast, growth = GROWTH) {
  return used - liveAfterLast > growth;
}

function collectIfGrown() {
  const used = v8.getHeapStatistics().used_heap_size;
  if (live === 0) live = used;
  if (!shouldCollect(used, live)) return;
  collectGarbage ??= exposedGc();
  if (collectGarbage === null) return;
  collectGarbage();
  collections++;
  live = v8.getHeapStatistics().used_heap_size;
}

/**
 * V8's `gc` function without starting Node with `--expose-gc` (the build runs in Docusaurus's process):
 * the flag applies to contexts made after it is set. Null where that is refused.
 */
function exposedGc() {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = require('node:vm').runInNewContext('gc');
    return typeof gc === 'function' ? gc : null;
  } catch {
    return null;
  }
}

/** How many full collections the runtime asked for. For tests and the build's figures. */
function collectionCount() {
  return collections;
}

/** How many files' data is held right now (0 once the turn that read them is over). For tests. */
function heldCount() {
  return recent.size;
}

/**
 * Makes `exports` the module a JSON file would be (`default` is its data),
 * read from `file` each time it is asked for in a new turn.
 */
function defineJsonModule(exports, file) {
  Object.defineProperty(exports, '__esModule', { value: true });
  Object.defineProperty(exports, 'default', { enumerable: true, get: () => readData(file) });
  return exports;
}

/**
 * Makes `exports` a standards document's content module (the exports
 * content-module.ts gives it in the browser) whose body, title and table of
 * contents are read from `file` (`{ nodes, contentTitle, toc }`) and whose
 * metadata comes from `metadata()` (the document's stubbed metadata module),
 * or which has none when `metadata` is null. `default` is a new page
 * component each time it is asked for: Docusaurus hangs the other exports on
 * it while rendering (client/exports/ComponentCreator), and one kept by the
 * module would keep them after its page is written.
 */
function defineContentModule(exports, file, parts) {
  const { createDocumentBody, assetUrls, metadata } = parts;
  const assets = {};
  const getters = {
    ...(metadata && { metadata }),
    frontMatter: metadata ? () => metadata().frontMatter : () => ({}),
    contentTitle: () => readData(file).contentTitle,
    toc: () => readData(file).toc,
    assets: () => assets,
    default: () => createDocumentBody(() => readData(file).nodes, assetUrls),
  };
  Object.defineProperty(exports, '__esModule', { value: true });
  for (const [name, get] of Object.entries(getters)) Object.defineProperty(exports, name, { enumerable: true, get });
  return exports;
}

module.exports = { readData, defineJsonModule, defineContentModule, heldCount, shouldCollect, collectionCount };
