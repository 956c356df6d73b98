import type { ConnectionInfo } from '../../shared/connections/connection-info.ts';
import type { StateChange } from '../sources/source.ts';

/** Events-per-minute window: 60 one-second buckets. */
const BUCKETS = 60;

interface Tracked {
  info: ConnectionInfo;
  buckets: Uint32Array;
  /** The second (epoch s) each bucket counts; stale buckets are ignored. */
  bucketSecond: Float64Array;
}

/**
 * What the connections panel shows: per source its state, time in state, attempts, events
 * per minute over a sliding 60 s window, and when the last event arrived.
 */
export class ConnectionTracker {
  private readonly sources = new Map<string, Tracked>();
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  register(source: { id: string; kind: string; label: string; demo: boolean }): void {
    this.sources.set(source.id, {
      info: { sourceId: source.id, sourceKind: source.kind, label: source.label, demo: source.demo, state: 'idle', eventsPerMinute: 0, since: this.now(), attempt: 0 },
      buckets: new Uint32Array(BUCKETS),
      bucketSecond: new Float64Array(BUCKETS),
    });
  }

  unregister(id: string): void {
    this.sources.delete(id);
  }

  /** Returns the previous state, or undefined when the state did not change. */
  setState(id: string, change: StateChange): ConnectionInfo['state'] | undefined {
    const t = this.sources.get(id);
    if (!t) return undefined;
    const previous = t.info.state;
    t.info = {
      ...t.info,
      state: change.state,
      attempt: change.attempt ?? (change.state === 'connected' ? 0 : t.info.attempt),
      since: previous === change.state ? t.info.since : this.now(),
    };
    if (change.detail === undefined) delete t.info.detail;
    else t.info.detail = change.detail;
    return previous === change.state ? undefined : previous;
  }

  recordEvents(id: string, count: number, at: number): void {
    const t = this.sources.get(id);
    if (!t || count === 0) return;
    const second = Math.floor(at / 1000);
    const i = second % BUCKETS;
    if (t.bucketSecond[i] !== second) {
      t.bucketSecond[i] = second;
      t.buckets[i] = 0;
    }
    t.buckets[i] = (t.buckets[i] ?? 0) + count;
    t.info.lastEventAt = at;
  }

  list(): ConnectionInfo[] {
    const nowSecond = Math.floor(this.now() / 1000);
    return [...this.sources.values()].map((t) => {
      let perMinute = 0;
      for (let i = 0; i < BUCKETS; i++) {
        const s = t.bucketSecond[i] ?? 0;
        if (nowSecond - s < BUCKETS && s <= nowSecond) perMinute += t.buckets[i] ?? 0;
      }
      return { ...t.info, eventsPerMinute: perMinute };
    });
  }
}
