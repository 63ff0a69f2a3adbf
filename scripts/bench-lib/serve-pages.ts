// The benches' pages, served on 127.0.0.1 (a free port) by name: /001.html and so on.
import { createServer } from 'node:http';

export async function servePages(pages: Record<string, string>): Promise<{ url: (name: string) => string; close: () => void }> {
  const server = createServer((req, res) => {
    const body = pages[(req.url ?? '/').slice(1)];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return { url: (name) => `http://127.0.0.1:${port}/${name}`, close: () => server.close() };
}
