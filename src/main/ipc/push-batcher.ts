import type { PushBatch, PushName, PushPayload } from '../../shared/ipc/contract.ts';

/** One display frame at 60 Hz: pushes are coalesced to at most one message per frame. */
export const FRAME_MS = 16;

/**
 * Coalesces pushes for one receiver (a window or a socket) into at most one message per
 * frame. Event pushes are concatenated; for snapshot pushes (connections) only the latest
 * is kept, since it replaces the previous one.
 */
export class PushBatcher {
  private events: PushPayload<'events'> = [];
  private connections: PushPayload<'connections'> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  private readonly send: (batch: PushBatch) => void;
  private readonly frameMs: number;

  constructor(send: (batch: PushBatch) => void, frameMs = FRAME_MS) {
    this.send = send;
    this.frameMs = frameMs;
  }

  push<N extends PushName>(name: N, payload: PushPayload<N>): void {
    if (this.disposed) return;
    if (name === 'events') this.events = this.events.concat(payload as PushPayload<'events'>);
    else this.connections = payload as PushPayload<'connections'>;
    this.timer ??= setTimeout(() => this.flush(), this.frameMs);
  }

  /** Send what is pending now (also called by the frame timer). */
  flush(): void {
    this.timer = undefined;
    if (this.disposed) return;
    const batch: PushBatch = [];
    if (this.connections) batch.push({ name: 'connections', payload: this.connections });
    if (this.events.length) batch.push({ name: 'events', payload: this.events });
    this.events = [];
    this.connections = undefined;
    if (batch.length) this.send(batch);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.events = [];
    this.connections = undefined;
  }
}
