// The privacy promise, enforced twice over:
// - every request a page, an extension page, a content script or the service worker makes is seen by
//   Playwright and recorded if it goes anywhere but 127.0.0.1 (`violations`: the test fails);
// - Chromium is started with this proxy for every host except loopback (which Chromium never proxies),
//   so nothing leaves the machine even if it slipped past the first check. The proxy also refuses the
//   browser's own traffic (update checks, account probes), which is Chromium's and not ours.
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { BrowserContext, Request } from '@playwright/test';

export interface NetworkGuard {
  proxyUrl: string;
  /** Hosts other than 127.0.0.1 that the extension or a page tried to reach, in order. */
  violations: string[];
  /** Everything the proxy refused, ours or the browser's. */
  refused: string[];
  watch(context: BrowserContext): void;
  close(): Promise<void>;
}

export async function startNetworkGuard(): Promise<NetworkGuard> {
  const violations: string[] = [];
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    refused.push(request.headers.host ?? request.url ?? '?');
    response.writeHead(403, { 'content-type': 'text/plain' });
    response.end('CareLens test network guard: only 127.0.0.1 may be reached');
  });
  server.on('connect', (request, socket: Socket) => {
    refused.push(request.url ?? '?'); // CONNECT names host:port
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('network guard has no port');
  const onRequest = (request: Request) => {
    const host = outsideHost(request.url());
    if (host) violations.push(host);
  };
  return {
    proxyUrl: `http://127.0.0.1:${address.port}`,
    violations,
    refused,
    watch(context) {
      context.on('request', onRequest);
    },
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** The host of a network URL that is not on this machine's loopback; null for local and in-browser URLs. */
export function outsideHost(url: string): string | null {
  const parsed = new URL(url);
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(parsed.protocol)) return null;
  return parsed.hostname === '127.0.0.1' ? null : parsed.host;
}
