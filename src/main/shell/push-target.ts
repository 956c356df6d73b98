import { IPC_PUSH_CHANNEL, type PushBatch } from '../../shared/ipc/contract.ts';
import { isAppUrl, type AppLocation } from './app-location.ts';
import type { Log } from './log.ts';
import type { WindowRegistry } from './window-registry.ts';

/** The parts of a window's WebContents that receive pushes (Electron's object satisfies this). */
export interface PushContents {
  readonly id: number;
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, ...args: unknown[]): void;
  once(event: 'destroyed', listener: () => void): unknown;
}

/**
 * Registers a window's contents as a trusted sender and push receiver, and unregisters it
 * when the contents are destroyed, so a closed window leaves no subscription behind.
 */
export function attachPushTarget(
  windows: WindowRegistry,
  contents: PushContents,
  location: AppLocation,
  log: Log,
): void {
  const id = contents.id;
  windows.add(id, (batch: PushBatch) => {
    // Only the app page gets data; a destroyed or navigated-away page gets nothing.
    if (contents.isDestroyed() || !isAppUrl(contents.getURL(), location)) return;
    try {
      contents.send(IPC_PUSH_CHANNEL, batch);
    } catch (error) {
      log('warn', `push to window failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  contents.once('destroyed', () => windows.remove(id));
}
