import type { CanonicalEvent, EventType } from '../../../../shared/events/index.ts';
import type { TradewatchApi } from '../../../../shared/ipc/contract.ts';
import type { LinkStatus } from '../../api/link-status.ts';
import { createStore, type ReadableStore } from '../../lib/store.ts';
import { RingBuffer } from './ring-buffer.ts';

export interface LiveLogState {
  /** What the log shows, newest first; frozen while paused. */
  events: readonly CanonicalEvent[];
  paused: boolean;
  /** Arrived since pausing; shown on resume. */
  newWhilePaused: number;
  /** The newest-history load has not answered yet. */
  loading: boolean;
  loadError: string | undefined;
  /** Every source and type seen since start, sorted: the filter chips. */
  sourcesSeen: readonly string[];
  typesSeen: readonly EventType[];
  /** Decimal places per symbol, learned from price events. */
  digits: ReadonlyMap<string, number>;
}

export interface LiveEventStore {
  readonly state: ReadableStore<LiveLogState>;
  setPaused(paused: boolean): void;
  dispose(): void;
}

export interface LiveEventStoreOptions {
  api: Pick<TradewatchApi, 'call' | 'onPush'>;
  link: ReadableStore<LinkStatus>;
  /** Newest events kept in memory. */
  capacity?: number;
  /** Newest stored events loaded on start and after each reconnect. */
  historySize?: number;
  /** Runs `apply` before the next paint: requestAnimationFrame in the app. */
  scheduleFrame: (apply: () => void) => void;
}

export const LIVE_LOG_CAPACITY = 5_000;
export const LIVE_LOG_HISTORY = 200;

/**
 * The live log's data: newest stored events, then every pushed batch, applied at most once
 * per animation frame into a bounded ring. Lives for the whole app so switching views keeps
 * the log; after a reconnect the newest history is merged in to fill the gap.
 */
export function createLiveEventStore(options: LiveEventStoreOptions): LiveEventStore {
  const capacity = options.capacity ?? LIVE_LOG_CAPACITY;
  const historySize = options.historySize ?? LIVE_LOG_HISTORY;
  const ring = new RingBuffer<CanonicalEvent>(capacity);
  /** Ids in the ring. The first page and early pushes can overlap (pushes are batched after commit). */
  const held = new Set<string>();
  const sources = new Set<string>();
  const types = new Set<EventType>();
  let digits: ReadonlyMap<string, number> = new Map();
  let pending: CanonicalEvent[] = [];
  let frameScheduled = false;
  let disposed = false;

  const state = createStore<LiveLogState>({
    events: [],
    paused: false,
    newWhilePaused: 0,
    loading: true,
    loadError: undefined,
    sourcesSeen: [],
    typesSeen: [],
    digits,
  });

  /** Remembers what the filter chips and price formatting need from new events. */
  function learn(events: readonly CanonicalEvent[]): void {
    let learned: Map<string, number> | undefined;
    for (const event of events) {
      sources.add(event.sourceId);
      types.add(event.type);
      if (
        event.type === 'price' &&
        event.symbol &&
        event.data.digits !== undefined &&
        digits.get(event.symbol) !== event.data.digits
      ) {
        learned ??= new Map(digits);
        learned.set(event.symbol, event.data.digits);
      }
    }
    if (learned) digits = learned;
  }

  function publish(added: number): void {
    const current = state.get();
    const seenChanged = current.sourcesSeen.length !== sources.size || current.typesSeen.length !== types.size;
    state.set({
      ...current,
      events: current.paused ? current.events : ring.toNewestFirst(),
      newWhilePaused: current.paused ? current.newWhilePaused + added : 0,
      sourcesSeen: seenChanged ? [...sources].sort() : current.sourcesSeen,
      typesSeen: seenChanged ? [...types].sort() : current.typesSeen,
      digits,
    });
  }

  /** Adds events not already held; returns how many were new. */
  function admit(events: readonly CanonicalEvent[]): number {
    let added = 0;
    for (const event of events) {
      if (held.has(event.id)) continue;
      const evicted = ring.push(event);
      if (evicted) held.delete(evicted.id);
      held.add(event.id);
      added += 1;
    }
    return added;
  }

  function applyPending(): void {
    frameScheduled = false;
    if (disposed || pending.length === 0) return;
    const batch = pending;
    pending = [];
    const added = admit(batch);
    if (added === 0) return;
    learn(batch);
    publish(added);
  }

  function onEvents(events: readonly CanonicalEvent[]): void {
    if (events.length === 0) return;
    for (const event of events) pending.push(event);
    // Frames stop while the window is hidden; only the newest `capacity` could survive anyway.
    if (pending.length > capacity * 2) pending = pending.slice(-capacity);
    if (!frameScheduled) {
      frameScheduled = true;
      options.scheduleFrame(applyPending);
    }
  }

  async function loadNewest(): Promise<void> {
    try {
      const page = await options.api.call('events.query', { limit: historySize });
      if (disposed) return;
      applyPending();
      const hadEvents = held.size > 0;
      const missing = page.events.filter((event) => !held.has(event.id));
      if (missing.length) {
        // Stored order is our receive order; merging on it slots a reconnect gap where it belongs.
        const merged = ring.toOldestFirst().concat(missing);
        merged.sort((a, b) => a.receivedAt - b.receivedAt);
        ring.clear();
        held.clear();
        admit(merged.slice(-capacity));
        learn(missing);
      }
      state.update((s) => ({ ...s, loading: false, loadError: undefined }));
      publish(hadEvents ? missing.length : 0);
    } catch (error) {
      if (disposed) return;
      state.update((s) => ({
        ...s,
        loading: false,
        loadError: error instanceof Error ? error.message : String(error),
      }));
    }
  }

  const stopPushes = options.api.onPush((batch) => {
    for (const push of batch) if (push.name === 'events') onEvents(push.payload);
  });

  // Load on every transition to open: the first connect and each reconnect.
  let wasOpen = false;
  const onLink = (): void => {
    const open = options.link.get().state === 'open';
    if (open && !wasOpen) void loadNewest();
    wasOpen = open;
  };
  const stopLink = options.link.subscribe(onLink);
  onLink();

  return {
    state,
    setPaused(paused) {
      const current = state.get();
      if (current.paused === paused) return;
      if (paused) state.set({ ...current, paused: true, newWhilePaused: 0 });
      else state.set({ ...current, paused: false, newWhilePaused: 0, events: ring.toNewestFirst() });
    },
    dispose() {
      disposed = true;
      stopPushes();
      stopLink();
    },
  };
}
