import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { Bus } from '../../../src/main/bus/bus.ts';
import type { CoreTopics } from '../../../src/main/bus/core-topics.ts';
import { createCallRouter } from '../../../src/main/ipc/call-router.ts';
import { EMPTY_PROFILES } from '../../../src/main/profiles/profile-repository.ts';
import { startWebServer, type RunningWebServer } from '../../../src/main/hosts/web/web-server.ts';
import type { CanonicalEvent } from '../../../src/shared/events/index.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { waitFor } from '../../helpers/wait-for.ts';

const dir = tempDir();
const bus = new Bus<CoreTopics>();
const router = createCallRouter({
  'app.info': async () => ({ version: '9.9.9', demo: true, dbPath: '/tmp/x.db' }),
  'events.query': async () => ({ events: [] }),
  'connections.list': async () => [],
  'profiles.export': async () => EMPTY_PROFILES,
  'profiles.import': async ({ file }) => ({ count: file.profiles.length }),
});
let server: RunningWebServer;

beforeAll(async () => {
  mkdirSync(join(dir.path, 'assets'));
  writeFileSync(join(dir.path, 'index.html'), '<!doctype html><title>Tradewatch</title>');
  writeFileSync(join(dir.path, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir.path, '..', 'secret.txt'), 'do not serve');
  server = await startWebServer({ core: { bus, router }, rendererDir: dir.path, port: 0 });
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

/** A raw request, so Host and Cookie headers are exactly what we say. */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function openSocket(query: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ipc${query}`, { origin: `http://127.0.0.1:${server.port}`, headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

describe('browser host', () => {
  it('binds to 127.0.0.1 and prints a URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses requests without the token, or with a wrong one', async () => {
    expect((await get('/')).status).toBe(403);
    expect((await get('/assets/app.js')).status).toBe(403);
    expect((await get('/?token=nope')).status).toBe(403);
  });

  it('serves with the token, sets an HttpOnly cookie and a strict CSP', async () => {
    const r = await get(`/?token=${server.token}`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Tradewatch</title>');
    expect(String(r.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect(r.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/);
    const cookie = String(r.headers['set-cookie']).split(';')[0]!;
    expect((await get('/assets/app.js', { cookie })).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    expect((await get(`/?token=${server.token}`, { host: 'attacker.example:80' })).status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt']) {
      const r = await get(`${p}${p.includes('?') ? '&' : '?'}token=${server.token}`);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('do not serve');
    }
  });

  it('opens the IPC socket only with the token and our own origin', async () => {
    await expect(openSocket('')).rejects.toThrow(/403/);
    await expect(
      new Promise((resolve, reject) => {
        const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ipc?token=${server.token}`, { origin: 'http://evil.example' });
        ws.once('open', resolve);
        ws.once('error', reject);
      }),
    ).rejects.toThrow(/403/);
    const ws = await openSocket(`?token=${server.token}`);
    ws.close();
  });

  it('carries calls (validated) and batched pushes over the socket', async () => {
    const ws = await openSocket(`?token=${server.token}`);
    const messages: { kind: string; id?: number; result?: unknown; batch?: unknown }[] = [];
    ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
    ws.send(JSON.stringify({ kind: 'call', id: 1, name: 'app.info', request: {} }));
    ws.send(JSON.stringify({ kind: 'call', id: 2, name: 'events.query', request: { limit: -1 } }));
    const event = { id: 'e1', sourceId: 'demo', sourceKind: 'demo', name: 'error', type: 'error', occurredAt: 1, receivedAt: 1, data: { message: 'x' } } as CanonicalEvent;
    bus.publish('events.committed', [event]);
    bus.publish('events.committed', [{ ...event, id: 'e2' }]);
    await new Promise((r) => setTimeout(r, 200));
    expect(messages.find((m) => m.id === 1)).toEqual({ kind: 'result', id: 1, result: { ok: true, value: { version: '9.9.9', demo: true, dbPath: '/tmp/x.db' } } });
    expect(messages.find((m) => m.id === 2)?.result).toMatchObject({ ok: false });
    const pushes = messages.filter((m) => m.kind === 'push');
    expect(pushes).toHaveLength(1);
    expect(pushes[0]!.batch).toEqual([{ name: 'events', payload: [event, { ...event, id: 'e2' }] }]);
    ws.close();
  });

  it('closes a socket that sends something other than a call, and unsubscribes it', async () => {
    // Earlier tests' sockets unsubscribe once their close handshake ends.
    await waitFor(() => bus.subscriberCount('events.committed') === 0, 'earlier sockets to unsubscribe');
    const ws = await openSocket(`?token=${server.token}`);
    await waitFor(() => bus.subscriberCount('events.committed') === 1, 'the socket to subscribe');
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.send('{"kind":"shell","cmd":"rm -rf /"}');
    expect(await closed).toBe(1008);
    await waitFor(() => bus.subscriberCount('events.committed') === 0, 'the closed socket to unsubscribe');
  });
});
