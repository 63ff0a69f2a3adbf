// Serves the pages made from templates (test/fixtures/made-pages.ts) and test/fixtures/ on 127.0.0.1 (a random free
// port), then test/generated/ (the pages made from the seeds at test time, scripts/gen-fixture-pages.ts) for what
// test/fixtures/ lacks, plus PDFs generated on request under /generated/.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { generatedPdf } from '../fixtures/pdfs';
import { madePage } from '../fixtures/made-pages';

const roots = [resolve(import.meta.dirname, '../fixtures'), resolve(import.meta.dirname, '../generated')];

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
    try {
      const { pathname, searchParams } = new URL(request.url ?? '/', 'http://127.0.0.1');
      const path = decodeURIComponent(pathname);
      // /redirect?to=/a/path: a 302 to that path on this server (a link that reaches its file through a redirect).
      if (path === '/redirect') {
        const to = searchParams.get('to') ?? '';
        if (!to.startsWith('/') || to.startsWith('//')) return send(response, 400, 'text/plain', 'to must be a path on this server');
        response.writeHead(302, { location: to, 'content-length': '0' });
        return response.end();
      }
      if (path.startsWith('/generated/') && path.endsWith('.pdf')) {
        const pdf = await generatedPdf(path.slice('/generated/'.length, -'.pdf'.length));
        if (pdf) return send(response, 200, 'application/pdf', pdf);
        return send(response, 404, 'text/plain', 'no such generated PDF');
      }
      const made = madePage(path);
      if (made !== undefined) return send(response, 200, types['.html']!, made);
      for (const root of roots) {
        const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
        if (!file.startsWith(root + sep)) return send(response, 403, 'text/plain', 'outside fixtures');
        const info = await stat(file).catch(() => null);
        if (info?.isFile()) return send(response, 200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
      }
      send(response, 404, 'text/plain', 'not found');
    } catch (error) {
      send(response, 500, 'text/plain', String(error));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function send(response: import('node:http').ServerResponse, status: number, type: string, body: string | Uint8Array) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}
