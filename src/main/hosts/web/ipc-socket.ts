import type { WebSocket } from 'ws';
import { WsClientMessageSchema, type WsServerMessage } from '../../../shared/ipc/ws-protocol.ts';
import type { Bus } from '../../bus/bus.ts';
import type { CoreTopics } from '../../bus/core-topics.ts';
import type { CallRouter } from '../../ipc/call-router.ts';
import { PushBatcher } from '../../ipc/push-batcher.ts';
import { subscribePushes } from '../../ipc/push-subscription.ts';

/** A page that stops reading (hidden tab, hung renderer) is cut off past this much unsent data. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/**
 * Serves the IPC contract on one accepted socket: calls go through the same router (and its
 * zod checks) as Electron's ipcMain, pushes through the same per-receiver frame batcher.
 */
export function serveIpcSocket(socket: WebSocket, router: CallRouter, bus: Bus<CoreTopics>): void {
  const send = (message: WsServerMessage) => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      // The client reconnects and reloads from the store, so nothing is lost by closing.
      socket.close(1013, 'client too slow');
      return;
    }
    socket.send(JSON.stringify(message));
  };
  const unsubscribe = subscribePushes(bus, new PushBatcher((batch) => send({ kind: 'push', batch })));

  socket.on('message', (data, isBinary) => {
    if (isBinary) return socket.close(1003, 'text frames only');
    let parsed: unknown;
    try {
      parsed = JSON.parse(data.toString());
    } catch {
      return socket.close(1007, 'not JSON');
    }
    const message = WsClientMessageSchema.safeParse(parsed);
    if (!message.success) return socket.close(1008, 'not a call message');
    const { id, name, request } = message.data;
    void router.handle(name, request).then((result) => send({ kind: 'result', id, result }));
  });
  socket.on('close', unsubscribe);
  socket.on('error', unsubscribe);
}
