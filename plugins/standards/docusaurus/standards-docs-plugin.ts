// The docs instance that renders the standards, minus one cost per document in
// every page. Docusaurus ships each docs instance's list of documents (id, path,
// sidebar) to the browser in main.js, about 120 bytes per document. The list
// serves navbar items of the `doc` and `docsVersion*` kinds and version
// suggestions, none of which point at this instance (it has one Docusaurus
// version; a standard's versions are documents). Routes, sidebars and pages are unchanged.
import pluginContentDocs, { validateOptions } from '@docusaurus/plugin-content-docs';
import type { LoadContext, Plugin } from '@docusaurus/types';

type Options = Parameters<typeof pluginContentDocs>[1];

interface GlobalData {
  versions: { docs: unknown[] }[];
}

/** The instance's global data without its document list. Pure. */
export function withoutDocumentList<T extends GlobalData>(data: T): T {
  return { ...data, versions: data.versions.map((version) => ({ ...version, docs: [] })) };
}

export default async function standardsDocsPlugin(context: LoadContext, options: Options): Promise<Plugin<unknown>> {
  const plugin = (await pluginContentDocs(context, options)) as Plugin<unknown>;
  const { contentLoaded } = plugin;
  if (!contentLoaded) return plugin;
  return {
    ...plugin,
    contentLoaded: (args) =>
      contentLoaded({ ...args, actions: { ...args.actions, setGlobalData: (data) => args.actions.setGlobalData(withoutDocumentList(data as GlobalData)) } }),
  };
}

standardsDocsPlugin.validateOptions = validateOptions;
