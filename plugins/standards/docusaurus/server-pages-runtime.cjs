// Bundled into the server bundle of a production build (see ./server-pages.ts):
// the data of the standards page being rendered, read from its file. What it
// reads is dropped at the end of the turn, and the heap collected as it grows,
// as for the other data the server reads (./server-data-runtime.cjs).
//
// Plain CommonJS without imports of our own but that runtime: the bundler takes
// it as it is, and the unit tests load it with Node.
'use strict';

const { readFileSync } = require('node:fs');
const path = require('node:path');
const { readData } = require('./server-data-runtime.cjs');

/** What a page's data has in place of a sidebar it shares (server-pages.ts, SHARED_SIDEBAR_KEY). */
const SHARED_SIDEBAR_KEY = '$scsSidebar';

/**
 * A function that gives the data of the page with key `key` (its address with the base URL, no trailing
 * slash), written into `dir` by writeServerPages, with each attachment's path replaced by its address in
 * `attachments`. Throws for an address without data: the server renders only the site's routes, and a
 * standards page without data would be written as the not-found page.
 */
function createReader(dir, attachments) {
  let index;
  // The sidebars pages share (a few: one per track), read once each and kept for the whole build.
  const sidebars = new Map();
  const sharedSidebar = (file) => {
    if (!sidebars.has(file)) sidebars.set(file, JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    return sidebars.get(file);
  };
  return function read(key) {
    index ??= JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
    const name = Object.prototype.hasOwnProperty.call(index, key) ? index[key] : undefined;
    if (name === undefined) throw new Error(`[scs-standards] No page data for ${key} in ${dir}`);
    const data = readData(path.join(dir, name));
    if (data.kind !== 'doc') return data;
    const shared = data.sidebar !== null && typeof data.sidebar === 'object' && !Array.isArray(data.sidebar) ? data.sidebar[SHARED_SIDEBAR_KEY] : undefined;
    const sidebar = typeof shared === 'string' ? sharedSidebar(shared) : data.sidebar;
    const assets = data.content.assets.map((file) => {
      if (!Object.prototype.hasOwnProperty.call(attachments, file)) throw new Error(`[scs-standards] The attachment ${file} of ${key} was not bundled`);
      return attachments[file];
    });
    return { ...data, sidebar, content: { ...data.content, assets } };
  };
}

module.exports = { createReader };
