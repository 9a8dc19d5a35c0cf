// A small static file server for a built site, bound to 127.0.0.1, for browser
// tests and the benchmark. Resolves `/x` to `x.html` or `x/index.html` as a
// static host does, and never serves files outside the root.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  const base = path.resolve(root, '.' + path.posix.normalize(decoded));
  if (base !== root && !base.startsWith(root + path.sep)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

/** The request handler of the server below, for a server that decides itself when to serve (tests/browser/site-builds.ts). */
export function staticHandler(rootDir: string): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const root = path.resolve(rootDir);
  return async (request, response) => {
    const file = await resolveFile(root, request.url ?? '/').catch(() => null);
    const target = file ?? (await resolveFile(root, '/404.html'));
    response.statusCode = file ? 200 : 404;
    response.setHeader('content-type', TYPES[path.extname(target ?? '')] ?? 'application/octet-stream');
    // The declared type is the one a browser uses: no sniffing a published file into HTML.
    response.setHeader('x-content-type-options', 'nosniff');
    if (!target) return void response.end('Not found');
    createReadStream(target).pipe(response);
  };
}

export async function startStaticServer(rootDir: string): Promise<StaticServer> {
  const server: Server = createServer(staticHandler(rootDir));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
