import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { TOKEN_COOKIE, TOKEN_PARAM, WS_MAX_FRAME_BYTES, WS_PATH } from '../../../shared/ipc/ws-protocol.ts';
import type { Core } from '../../core/core.ts';
import { serveIpcSocket } from './ipc-socket.ts';
import { readStatic } from './static-files.ts';
import { SECURITY_HEADERS, allowedHosts, originAllowed, presentedToken, tokensEqual } from './web-security.ts';

export interface WebServerOptions {
  core: Pick<Core, 'router' | 'bus'>;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Generated when absent. */
  token?: string;
}

export interface RunningWebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`${message}\n`);
}

/**
 * The browser host: the built renderer and the IPC contract on 127.0.0.1 only. Every request
 * must carry the token (query on the first visit, then an HttpOnly SameSite cookie).
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port;
  const cookie = () => `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;

  const authorize = (req: IncomingMessage): { url: URL; viaQuery: boolean } | string => {
    if (!allowedHosts(port).has(req.headers.host ?? '')) return 'unexpected Host header';
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const { token: given, viaQuery } = presentedToken(req, url);
    if (!tokensEqual(token, given)) return 'missing or wrong token: open the URL the host printed';
    return { url, viaQuery };
  };

  const server: Server = createServer((req, res) => {
    const auth = authorize(req);
    if (typeof auth === 'string') return refuse(res, 403, auth);
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'method not allowed');
    void readStatic(options.rendererDir, auth.url.pathname).then((file) => {
      if (!file) return refuse(res, 404, 'not found');
      const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': file.type, 'Cache-Control': file.type.startsWith('text/html') ? 'no-store' : 'private, max-age=3600' };
      if (auth.viaQuery) headers['Set-Cookie'] = cookie();
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : file.body);
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_FRAME_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const auth = authorize(req);
    if (typeof auth === 'string' || auth.url.pathname !== WS_PATH || !originAllowed(req.headers.origin, port)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveIpcSocket(ws, options.core.router, options.core.bus));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_PARAM}=${token}`,
    port,
    token,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
