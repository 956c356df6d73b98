import type { CallResponse, TradewatchApi } from '../../../shared/ipc/contract.ts';
import type { LinkStatus } from '../api/link-status.ts';
import { createStore, type ReadableStore } from '../lib/store.ts';

export type AppInfo = CallResponse<'app.info'>;

/** `app.info`, asked again after every reconnect (the host may have restarted). */
export function createAppInfoStore(
  api: Pick<TradewatchApi, 'call'>,
  link: ReadableStore<LinkStatus>,
): { state: ReadableStore<AppInfo | undefined>; dispose(): void } {
  const state = createStore<AppInfo | undefined>(undefined);
  let wasOpen = false;
  let disposed = false;
  const onLink = (): void => {
    const open = link.get().state === 'open';
    if (open && !wasOpen) {
      api.call('app.info', {}).then(
        (info) => {
          if (!disposed) state.set(info);
        },
        () => {
          // Shown through the link state; the next reconnect asks again.
        },
      );
    }
    wasOpen = open;
  };
  const stop = link.subscribe(onLink);
  onLink();
  return {
    state,
    dispose() {
      disposed = true;
      stop();
    },
  };
}
