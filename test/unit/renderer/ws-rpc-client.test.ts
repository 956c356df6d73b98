import { describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { openBrowserSocket } from '../../../src/renderer/src/api/browser-socket.ts';
import type { LinkStatus } from '../../../src/renderer/src/api/link-status.ts';
import { WsRpcClient, type SocketHandlers, type Timers } from '../../../src/renderer/src/api/ws-rpc-client.ts';
import type { PushBatch } from '../../../src/shared/ipc/contract.ts';
import { price } from './make-event.ts';

/** A socket the test drives by hand, plus manual timers. */
function harness() {
  const sockets: { url: string; handlers: SocketHandlers; sent: string[]; closed: boolean }[] = [];
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const fakeTimers: Timers = {
    setTimeout: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (handle) => {
      if (handle) (handle as { cleared: boolean }).cleared = true;
    },
  };
  let n = 0;
  const client = new WsRpcClient({
    url: () => `ws://host/ipc?token=t${++n}`,
    openSocket: (url, handlers) => {
      const socket = { url, handlers, sent: [] as string[], closed: false };
      sockets.push(socket);
      return { send: (text) => socket.sent.push(text), close: () => (socket.closed = true) };
    },
    timers: fakeTimers,
    now: () => 1000,
    random: () => 0.5,
  });
  const last = () => sockets[sockets.length - 1]!;
  const sent = () => last().sent.map((t) => JSON.parse(t) as { id: number; name: string; request: unknown });
  const reply = (message: unknown) => last().handlers.message(JSON.stringify(message));
  const fireTimers = () => {
    for (const t of timers.splice(0)) if (!t.cleared) t.run();
  };
  return { client, sockets, timers, last, sent, reply, fireTimers };
}

describe('WsRpcClient', () => {
  it('queues calls until the socket opens, then sends them with increasing ids', async () => {
    const h = harness();
    expect(h.client.link.get()).toEqual({ state: 'connecting', attempt: 1, reconnect: false });
    const info = h.client.call('app.info', {});
    const list = h.client.call('connections.list', {});
    expect(h.last().sent).toEqual([]);
    h.last().handlers.open();
    expect(h.client.link.get()).toEqual({ state: 'open' });
    expect(h.sent()).toEqual([
      { kind: 'call', id: 1, name: 'app.info', request: {} },
      { kind: 'call', id: 2, name: 'connections.list', request: {} },
    ]);
    // Answers may come in any order: they are matched by id.
    h.reply({ kind: 'result', id: 2, result: { ok: true, value: [] } });
    h.reply({ kind: 'result', id: 1, result: { ok: true, value: { version: '1', demo: true, dbPath: 'x' } } });
    await expect(list).resolves.toEqual([]);
    await expect(info).resolves.toEqual({ version: '1', demo: true, dbPath: 'x' });
  });

  it('rejects with the error text on ok:false', async () => {
    const h = harness();
    h.last().handlers.open();
    const call = h.client.call('events.query', { limit: 5 });
    h.reply({ kind: 'result', id: 1, result: { ok: false, error: "invalid request for 'events.query'" } });
    await expect(call).rejects.toThrow("invalid request for 'events.query'");
  });

  it('delivers push batches to every listener until disposed', () => {
    const h = harness();
    h.last().handlers.open();
    const got: PushBatch[] = [];
    const stop = h.client.onPush((batch) => got.push(batch));
    h.client.onPush(() => {
      throw new Error('a broken listener does not stop the others');
    });
    const batch: PushBatch = [{ name: 'events', payload: [price('EURUSD', 1, 2)] }];
    const originalError = console.error;
    console.error = () => {};
    try {
      h.reply({ kind: 'push', batch });
      stop();
      h.reply({ kind: 'push', batch });
    } finally {
      console.error = originalError;
    }
    expect(got).toEqual([batch]);
  });

  it('ignores frames it cannot read', () => {
    const h = harness();
    h.last().handlers.open();
    expect(() => {
      h.last().handlers.message('not json');
      h.reply([1, 2]);
      h.reply({ kind: 'result', id: 99, result: { ok: true, value: 1 } });
    }).not.toThrow();
  });

  it('rejects pending calls on close and reconnects with backoff', async () => {
    const h = harness();
    h.last().handlers.open();
    const pending = h.client.call('app.info', {});
    h.last().handlers.close('code 1006');
    await expect(pending).rejects.toThrow(/closed/);
    const status = h.client.link.get() as Extract<LinkStatus, { state: 'waiting' }>;
    expect(status).toMatchObject({ state: 'waiting', attempt: 1, reason: 'code 1006' });
    expect(status.retryAt).toBe(1000 + h.timers[0]!.ms);
    expect(h.timers[0]!.ms).toBe(500);

    h.fireTimers();
    expect(h.sockets).toHaveLength(2);
    expect(h.client.link.get()).toEqual({ state: 'connecting', attempt: 1, reconnect: true });
    // A failed attempt backs off further; a success resets the count.
    h.last().handlers.close('code 1006');
    expect(h.client.link.get()).toMatchObject({ state: 'waiting', attempt: 2 });
    expect(h.timers[0]!.ms).toBe(1000);
    h.fireTimers();
    h.last().handlers.open();
    expect(h.client.link.get()).toEqual({ state: 'open' });
    h.last().handlers.close('code 1001');
    expect(h.timers[0]!.ms).toBe(500);
  });

  it('ignores events from a socket it has replaced', () => {
    const h = harness();
    const first = h.last();
    first.handlers.close('code 1006');
    h.fireTimers();
    first.handlers.open();
    expect(h.client.link.get()).toEqual({ state: 'connecting', attempt: 2, reconnect: false });
  });

  it('stops for good on dispose', async () => {
    const h = harness();
    h.last().handlers.open();
    const pending = h.client.call('app.info', {});
    h.client.dispose();
    await expect(pending).rejects.toThrow('client closed');
    expect(h.last().closed).toBe(true);
    await expect(h.client.call('app.info', {})).rejects.toThrow('client closed');
    h.last().handlers.close('code 1000');
    expect(h.timers).toHaveLength(0);
  });
});

describe('WsRpcClient over a real WebSocket', () => {
  it('calls, receives pushes, and comes back after the server drops it', async () => {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const port = (server.address() as { port: number }).port;
    const urls: string[] = [];
    server.on('connection', (socket, request) => {
      urls.push(request.url ?? '');
      socket.on('message', (data) => {
        const call = JSON.parse(String(data)) as { id: number; name: string };
        socket.send(
          JSON.stringify({ kind: 'result', id: call.id, result: { ok: true, value: { echoed: call.name } } }),
        );
        socket.send(JSON.stringify({ kind: 'push', batch: [{ name: 'connections', payload: [] }] }));
      });
    });
    const client = new WsRpcClient({
      url: () => `ws://127.0.0.1:${port}/ipc?token=abc`,
      openSocket: openBrowserSocket,
      backoff: { initialMs: 20, maxMs: 50, factor: 2, jitter: 0 },
    });
    const waitFor = (state: LinkStatus['state']) =>
      new Promise<void>((resolve) => {
        if (client.link.get().state === state) return resolve();
        const stop = client.link.subscribe(() => {
          if (client.link.get().state === state) {
            stop();
            resolve();
          }
        });
      });
    try {
      const pushes: PushBatch[] = [];
      client.onPush((batch) => pushes.push(batch));
      await expect(client.call('app.info', {})).resolves.toEqual({ echoed: 'app.info' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(pushes).toEqual([[{ name: 'connections', payload: [] }]]);
      expect(urls[0]).toBe('/ipc?token=abc');

      for (const socket of server.clients) socket.terminate();
      await waitFor('waiting');
      await waitFor('open');
      await expect(client.call('connections.list', {})).resolves.toEqual({ echoed: 'connections.list' });
      expect(urls).toHaveLength(2);
    } finally {
      client.dispose();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
