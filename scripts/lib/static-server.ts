// A small static server for tests and measurements: serves dist/ (under a base
// path) with the headers its _headers file gives (as Netlify applies them),
// gzips text the way static hosts do, and counts every byte it sends —
// including what Pagefind's web worker fetches, which a page's own network
// log does not see.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile } from '../../src/lib/site/headers-file.ts';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types by file extension, as a static host sends them. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.pagefind': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface Counter {
  sent: number;
  decoded: number;
  requests: number;
  /** Bytes sent per file kind (html, js, wasm, pf_meta, pf_index, pf_fragment…), to see what dominates. */
  byKind: Record<string, number>;
}

const empty = (): Counter => ({ sent: 0, decoded: 0, requests: 0, byKind: {} });
const kindOf = (file: string) => (/\.pagefind$/.test(file) ? 'wasm' : extname(file).slice(1) || 'other');

export async function staticServer(
  root: string,
  port: number,
  base = '/',
): Promise<{ url: string; counter: Counter; reset: () => Counter; close: () => Promise<void> }> {
  let counter = empty();
  const headerRules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    if (path === base.replace(/\/$/, '')) path = base;
    path = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      counter.decoded += body.length;
      const headers: Record<string, string> = { ...headersFor(headerRules, url.pathname), 'Content-Type': type };
      if (COMPRESSIBLE.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      counter.sent += body.length;
      counter.byKind[kindOf(file)] = (counter.byKind[kindOf(file)] ?? 0) + body.length;
      counter.requests++;
      res.writeHead(200, headers).end(body);
    } catch {
      // Like static hosts: the site's own 404 page, with a 404 status.
      try {
        const body = await readFile(join(root, '404.html'));
        res.writeHead(404, { ...headersFor(headerRules, url.pathname), 'Content-Type': TYPES['.html']! }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    }
  });
  // A busy port is an error, never a silent reuse of whatever already serves there.
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} is already in use: stop what is listening there (it may be a stale server serving an old build) or choose another port`)
          : error,
      ),
    );
    server.listen(port, resolve);
  });
  return {
    url: `http://localhost:${port}${base}`,
    counter,
    reset: () => {
      const was = counter;
      counter = empty();
      return was;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
