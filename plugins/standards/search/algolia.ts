// Sends search records to Algolia: settings first, then every record into a
// temporary index that replaces the live one in a single move, so readers never
// see a half-filled index.
import { algoliasearch } from 'algoliasearch';
import { buildSearchIndexSettings, type SearchRecord } from '../export/search-records.js';

export interface AlgoliaTarget {
  appId: string;
  /** A key allowed to write (the admin key or one with addObject/deleteIndex/settings rights). */
  apiKey: string;
  indexName: string;
  /** Override of Algolia's hosts; tests point this at a local server. */
  hosts?: Array<{ url: string; protocol: 'http' | 'https'; port?: number; accept: 'read' | 'write' | 'readWrite' }>;
}

export interface AlgoliaPushResult {
  records: number;
  batches: number;
}

export async function createAlgoliaIndex(target: AlgoliaTarget, records: SearchRecord[]): Promise<AlgoliaPushResult> {
  const client = algoliasearch(target.appId, target.apiKey, target.hosts ? { hosts: target.hosts } : undefined);
  const settings = await client.setSettings({ indexName: target.indexName, indexSettings: buildSearchIndexSettings() });
  await client.waitForTask({ indexName: target.indexName, taskID: settings.taskID });
  // replaceAllObjects copies the settings to the temporary index, fills it and moves it over the live one.
  const response = await client.replaceAllObjects({ indexName: target.indexName, objects: records as unknown as Array<Record<string, unknown>>, batchSize: 1000 });
  return { records: records.length, batches: response.batchResponses.length };
}

/** Reads the target from the environment; null when search indexing is not configured. */
export function algoliaTargetFromEnv(env: NodeJS.ProcessEnv): AlgoliaTarget | null | { missing: string[] } {
  const names = ['ALGOLIA_APP_ID', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;
  const missing = names.filter((name) => !env[name]);
  if (missing.length === names.length) return null;
  if (missing.length > 0) return { missing };
  return { appId: env.ALGOLIA_APP_ID!, apiKey: env.ALGOLIA_ADMIN_API_KEY!, indexName: env.ALGOLIA_INDEX_NAME! };
}
