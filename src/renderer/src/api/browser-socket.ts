import type { OpenSocket } from './ws-rpc-client.ts';

/** Adapts the DOM WebSocket to the client's small socket interface. */
export const openBrowserSocket: OpenSocket = (url, handlers) => {
  const socket = new WebSocket(url);
  let closed = false;
  socket.onopen = () => handlers.open();
  socket.onmessage = (event) => {
    if (typeof event.data === 'string') handlers.message(event.data);
  };
  // 'error' is always followed by 'close'; only report once.
  socket.onclose = (event) => {
    if (closed) return;
    closed = true;
    handlers.close(event.reason || `code ${event.code}`);
  };
  return {
    send: (text) => socket.send(text),
    close: () => socket.close(1000, 'client closing'),
  };
};
