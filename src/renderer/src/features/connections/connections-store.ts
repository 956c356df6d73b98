import type { ConnectionInfo } from '../../../../shared/connections/connection-info.ts';
import type { TradewatchApi } from '../../../../shared/ipc/contract.ts';
import type { LinkStatus } from '../../api/link-status.ts';
import { createStore, type ReadableStore } from '../../lib/store.ts';

export interface ConnectionsState {
  list: readonly ConnectionInfo[];
  loaded: boolean;
  error: string | undefined;
}

export interface ConnectionsStore {
  readonly state: ReadableStore<ConnectionsState>;
  dispose(): void;
}

/**
 * Every configured source's state: fetched on each (re)connect, then replaced by each
 * `connections` push. A fetch answered after a newer push is ignored so state never goes back.
 */
export function createConnectionsStore(
  api: Pick<TradewatchApi, 'call' | 'onPush'>,
  link: ReadableStore<LinkStatus>,
): ConnectionsStore {
  const state = createStore<ConnectionsState>({ list: [], loaded: false, error: undefined });
  let pushes = 0;
  let disposed = false;

  async function load(): Promise<void> {
    const pushesBefore = pushes;
    try {
      const list = await api.call('connections.list', {});
      if (disposed || pushes !== pushesBefore) return;
      state.set({ list, loaded: true, error: undefined });
    } catch (error) {
      if (disposed) return;
      state.update((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) }));
    }
  }

  const stopPushes = api.onPush((batch) => {
    for (const push of batch) {
      if (push.name !== 'connections') continue;
      pushes += 1;
      state.set({ list: push.payload, loaded: true, error: undefined });
    }
  });

  let wasOpen = false;
  const onLink = (): void => {
    const open = link.get().state === 'open';
    if (open && !wasOpen) void load();
    wasOpen = open;
  };
  const stopLink = link.subscribe(onLink);
  onLink();

  return {
    state,
    dispose() {
      disposed = true;
      stopPushes();
      stopLink();
    },
  };
}
