import type { ApiConnection } from '../api/api-connection.ts';
import { createConnectionsStore, type ConnectionsStore } from '../features/connections/connections-store.ts';
import { createLiveEventStore, type LiveEventStore } from '../features/event-log/live-event-store.ts';
import type { ReadableStore } from '../lib/store.ts';
import { createAppInfoStore, type AppInfo } from './app-info-store.ts';

/** The app-lifetime state every view reads: created once at start, so views can come and go. */
export interface AppServices {
  connection: ApiConnection;
  appInfo: ReadableStore<AppInfo | undefined>;
  connections: ConnectionsStore;
  liveEvents: LiveEventStore;
}

export function createAppServices(connection: ApiConnection): AppServices {
  const { api, link } = connection;
  return {
    connection,
    appInfo: createAppInfoStore(api, link).state,
    connections: createConnectionsStore(api, link),
    liveEvents: createLiveEventStore({ api, link, scheduleFrame: (apply) => requestAnimationFrame(apply) }),
  };
}
