import { ipcMain, type BrowserWindow } from 'electron';
import { IPC_CALL_CHANNEL, type CallResult } from '../../shared/ipc/contract.ts';
import type { Bus } from '../bus/bus.ts';
import type { CoreTopics } from '../bus/core-topics.ts';
import type { CallRouter } from '../ipc/call-router.ts';
import type { AppLocation } from './app-location.ts';
import type { Log } from './log.ts';
import { attachPushTarget } from './push-target.ts';
import { isTrustedSender } from './trusted-sender.ts';
import { WindowRegistry } from './window-registry.ts';

export interface IpcBridge {
  /** Trust this window's calls and push bus events to it until its webContents is destroyed. */
  attachWindow(window: BrowserWindow): void;
  /** Remove the call handler and every window's subscription. */
  dispose(): void;
}

const UNTRUSTED: CallResult<never> = { ok: false, error: 'untrusted sender' };

/** The only two channels: calls in (validated by the router), pushes out (batched per window). */
export function createIpcBridge(deps: {
  router: CallRouter;
  bus: Bus<CoreTopics>;
  location: AppLocation;
  log: Log;
}): IpcBridge {
  const windows = new WindowRegistry(deps.bus);

  ipcMain.handle(IPC_CALL_CHANNEL, async (event, name: unknown, request: unknown) => {
    if (!isTrustedSender(event.sender, event.senderFrame, windows, deps.location)) {
      deps.log('warn', `refused a call from an untrusted sender (webContents ${event.sender.id})`);
      return UNTRUSTED;
    }
    return deps.router.handle(name, request);
  });

  return {
    attachWindow(window) {
      attachPushTarget(windows, window.webContents, deps.location, deps.log);
    },
    dispose() {
      ipcMain.removeHandler(IPC_CALL_CHANNEL);
      windows.clear();
    },
  };
}
