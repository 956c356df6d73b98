import type { Timers } from '../../../../src/main/sources/reconnect/timers.ts';

/** A manual clock: timers run only inside advance(), in due order. */
export class FakeTimers implements Timers {
  private clock = 0;
  private nextId = 1;
  private readonly queue = new Map<number, { at: number; fn: () => void }>();

  now(): number {
    return this.clock;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.queue.set(id, { at: this.clock + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.queue.delete(handle as number);
  }

  /** How many timers are armed. */
  get pending(): number {
    return this.queue.size;
  }

  /** Move the clock forward, firing every timer that falls due (including ones they arm). */
  advance(ms: number): void {
    const target = this.clock + ms;
    for (;;) {
      let nextId: number | undefined;
      let nextAt = Infinity;
      for (const [id, timer] of this.queue) {
        if (timer.at < nextAt) {
          nextAt = timer.at;
          nextId = id;
        }
      }
      if (nextId === undefined || nextAt > target) break;
      const timer = this.queue.get(nextId);
      this.queue.delete(nextId);
      this.clock = nextAt;
      timer?.fn();
    }
    this.clock = target;
  }
}

/** Let pending promise callbacks (async open/close) run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
