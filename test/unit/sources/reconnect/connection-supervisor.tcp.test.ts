import { connect, createServer, type Server, type Socket } from 'node:net';
import { expect, it } from 'vitest';
import type { StateChange } from '../../../../src/main/sources/source.ts';
import {
  ConnectionSupervisor,
  type SupervisedConnection,
} from '../../../../src/main/sources/reconnect/connection-supervisor.ts';

/** Resolves once the socket is fully closed, as a source's close() should. */
function closeSocket(socket: Socket): Promise<void> {
  if (socket.closed) return Promise.resolve();
  return new Promise((resolve) => {
    socket.once('close', () => resolve());
    socket.destroy();
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') resolve(address.port);
      else reject(new Error('no port'));
    });
  });
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

it('reconnects over real TCP after the server kills the socket', async () => {
  const serverSockets = new Set<Socket>();
  let accepted = 0;
  const server = createServer((socket) => {
    accepted++;
    serverSockets.add(socket);
    socket.on('close', () => serverSockets.delete(socket));
    socket.on('error', () => {});
    socket.write('hello\n');
    // The first connection is killed shortly after it is up; the second one stays.
    if (accepted === 1) setTimeout(() => socket.destroy(), 30);
  });
  const port = await listen(server);

  const states: StateChange[] = [];
  let frames = 0;
  let reconnected = (): void => {};
  const secondConnected = new Promise<void>((resolve) => (reconnected = resolve));
  const supervisor = new ConnectionSupervisor({
    backoff: { initialMs: 20, jitter: 0 },
    staleAfterMs: 5_000,
    open: (link): SupervisedConnection => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => link.connected(`connected to 127.0.0.1:${port}`));
      socket.on('data', () => {
        frames++;
        link.alive();
      });
      socket.on('error', () => {}); // 'close' follows and reports the loss
      socket.on('close', () => link.lost('socket closed'));
      return { close: () => closeSocket(socket) };
    },
    onState: (change) => {
      states.push(change);
      if (change.state === 'connected' && states.filter((s) => s.state === 'connected').length === 2) reconnected();
    },
  });

  try {
    supervisor.start();
    await within(secondConnected, 5_000, 'the second connection');
  } finally {
    await supervisor.stop();
    for (const socket of serverSockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  expect(states.map((change) => change.state)).toEqual([
    'connecting',
    'connected',
    'disconnected',
    'connecting',
    'connected',
    'stopped',
  ]);
  expect(states[2]).toMatchObject({ detail: 'socket closed', attempt: 1, retryInMs: 20 });
  expect(accepted).toBe(2);
  expect(frames).toBeGreaterThanOrEqual(1);
});
