import type { Bus, Disposer } from '../bus/bus.ts';
import type { CoreTopics } from '../bus/core-topics.ts';
import type { PushBatch } from '../../shared/ipc/contract.ts';
import { FRAME_MS, PushBatcher } from '../ipc/push-batcher.ts';
import { subscribePushes } from '../ipc/push-subscription.ts';

/**
 * The windows the shell created, keyed by webContents id: they are the only trusted IPC
 * senders, and each has its own push batcher subscribed to the bus. Removing a window
 * unsubscribes it and drops whatever was pending for it.
 */
export class WindowRegistry {
  private readonly windows = new Map<number, Disposer>();
  private readonly bus: Bus<CoreTopics>;
  private readonly frameMs: number;

  constructor(bus: Bus<CoreTopics>, frameMs = FRAME_MS) {
    this.bus = bus;
    this.frameMs = frameMs;
  }

  /** Start pushing to a window. Adding an id again replaces its previous subscription. */
  add(webContentsId: number, send: (batch: PushBatch) => void): void {
    this.remove(webContentsId);
    this.windows.set(webContentsId, subscribePushes(this.bus, new PushBatcher(send, this.frameMs)));
  }

  remove(webContentsId: number): void {
    const dispose = this.windows.get(webContentsId);
    if (!dispose) return;
    this.windows.delete(webContentsId);
    dispose();
  }

  has(webContentsId: number): boolean {
    return this.windows.has(webContentsId);
  }

  get size(): number {
    return this.windows.size;
  }

  clear(): void {
    for (const id of [...this.windows.keys()]) this.remove(id);
  }
}
