import type { TradewatchApi } from '../../../shared/ipc/contract.ts';
import { createStore, type ReadableStore } from '../lib/store.ts';
import { ipcSocketUrl, splitToken } from './address-token.ts';
import { openBrowserSocket } from './browser-socket.ts';
import { LINK_OPEN, type LinkStatus } from './link-status.ts';
import { WsRpcClient } from './ws-rpc-client.ts';

declare global {
  interface Window {
    /** Exposed by the Electron preload via contextBridge; absent in the browser host. */
    readonly tradewatch?: TradewatchApi;
  }
}

export type Transport = 'electron' | 'websocket';

/** The one API the app uses, plus the state of the link that carries it. */
export interface ApiConnection {
  api: TradewatchApi;
  link: ReadableStore<LinkStatus>;
  transport: Transport;
}

/** Chosen once at start: the preload's bridge when present, else the browser host's WebSocket. */
export function connectApi(): ApiConnection {
  const bridged = window.tradewatch;
  if (bridged) return { api: bridged, link: createStore<LinkStatus>(LINK_OPEN), transport: 'electron' };

  const { token, cleanHref } = splitToken(window.location.href);
  if (token) window.history.replaceState(window.history.state, '', cleanHref);
  // Kept in memory so reconnects work even if the host's cookie is refused.
  const client = new WsRpcClient({
    url: () => ipcSocketUrl(window.location.href, token),
    openSocket: openBrowserSocket,
  });
  return { api: client, link: client.link, transport: 'websocket' };
}
