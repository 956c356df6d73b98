import type { CanonicalEvent } from '../../shared/events/index.ts';
import type { CommitReport, CursorUpdate } from './event-store.ts';
import { fromStoreError } from './worker/store-worker-client.ts';
import type { AppendGroup, BatchOutcome } from './worker/store-protocol.ts';

export interface GroupCommitOptions {
  /** How long the first append of a batch waits for company before the batch is sent. */
  groupCommitMs: number;
  /** Send without waiting for the tick once this many events are queued; also caps a batch. */
  maxBatch: number;
}

/** Commits a batch (one transaction) and says how each append fared. */
export type CommitBatch = (groups: AppendGroup[]) => Promise<BatchOutcome>;

interface QueuedAppend {
  group: AppendGroup;
  resolve: (report: CommitReport) => void;
  reject: (error: Error) => void;
}

interface FlushWaiter {
  /** Resolve once this many appends have settled. */
  upTo: number;
  resolve: () => void;
}

/**
 * Group commit on the caller's thread: appends queue up and go out as one batch per tick, or
 * sooner once maxBatch events wait. One batch in flight at a time, so commits keep call order;
 * a batch never splits an append, and never exceeds maxBatch events unless one append does.
 */
export class GroupCommitQueue {
  readonly #commit: CommitBatch;
  readonly #options: GroupCommitOptions;
  readonly #queue: QueuedAppend[] = [];
  #queuedEvents = 0;
  #timer: NodeJS.Timeout | undefined;
  /** The tick fired (or a flush asked) while a batch was in flight: send as soon as it lands. */
  #due = false;
  #inFlight = false;
  #failure: Error | undefined;
  /** Appends accepted and appends settled so far: flush waits for the second to catch up. */
  #appended = 0;
  #settled = 0;
  #flushWaiters: FlushWaiter[] = [];

  constructor(commit: CommitBatch, options: GroupCommitOptions) {
    this.#commit = commit;
    this.#options = options;
  }

  append(events: readonly CanonicalEvent[], cursors: readonly CursorUpdate[] = []): Promise<CommitReport> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    const promise = new Promise<CommitReport>((resolve, reject) => {
      // Copies: the caller may reuse its arrays before the batch is sent.
      this.#queue.push({ group: { events: [...events], cursors: [...cursors] }, resolve, reject });
    });
    this.#appended += 1;
    this.#queuedEvents += events.length;
    this.#armTimer();
    this.#pump();
    return promise;
  }

  /** Send what is queued now rather than at the next tick; resolves once all of it has settled. */
  flush(): Promise<void> {
    if (this.#settled === this.#appended) return Promise.resolve();
    this.#due = true;
    const settledAll = new Promise<void>((resolve) => this.#flushWaiters.push({ upTo: this.#appended, resolve }));
    this.#pump();
    return settledAll;
  }

  /** Reject everything queued, and every later append, with `error` (e.g. the worker died). */
  fail(error: Error): void {
    this.#failure ??= error;
    this.#clearTimer();
    const dropped = this.#queue.splice(0);
    this.#queuedEvents = 0;
    for (const queued of dropped) queued.reject(this.#failure);
    this.#markSettled(dropped.length);
  }

  #armTimer(): void {
    if (this.#timer !== undefined || this.#due) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#due = true;
      this.#pump();
    }, this.#options.groupCommitMs);
  }

  #clearTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #pump(): void {
    if (this.#inFlight) return;
    if (this.#queue.length === 0) {
      this.#due = false;
      return;
    }
    if (!this.#due && this.#queuedEvents < this.#options.maxBatch) return;
    const batch = this.#takeBatch();
    if (this.#queue.length === 0) {
      this.#due = false;
      this.#clearTimer();
    }
    this.#inFlight = true;
    void this.#send(batch);
  }

  #takeBatch(): QueuedAppend[] {
    const batch: QueuedAppend[] = [];
    let events = 0;
    for (const next of this.#queue) {
      const size = next.group.events.length;
      if (batch.length > 0 && events + size > this.#options.maxBatch) break;
      batch.push(next);
      events += size;
    }
    this.#queue.splice(0, batch.length);
    this.#queuedEvents -= events;
    return batch;
  }

  async #send(batch: QueuedAppend[]): Promise<void> {
    try {
      settle(batch, await this.#commit(batch.map((queued) => queued.group)));
    } catch (error) {
      const reason = error instanceof Error ? error : new Error(String(error));
      for (const queued of batch) queued.reject(reason);
    } finally {
      this.#inFlight = false;
      this.#markSettled(batch.length);
      this.#pump();
      if (this.#queue.length > 0) this.#armTimer();
    }
  }

  #markSettled(count: number): void {
    this.#settled += count;
    if (this.#flushWaiters.length === 0) return;
    const ready = this.#flushWaiters.filter((waiter) => waiter.upTo <= this.#settled);
    this.#flushWaiters = this.#flushWaiters.filter((waiter) => waiter.upTo > this.#settled);
    for (const waiter of ready) waiter.resolve();
  }
}

function settle(batch: readonly QueuedAppend[], outcome: BatchOutcome): void {
  if ('committed' in outcome) {
    for (const queued of batch) queued.resolve(outcome.committed);
    return;
  }
  batch.forEach((queued, index) => {
    const result = outcome.each[index];
    if (result === undefined) queued.reject(new Error('store returned no outcome for this append'));
    else if (result.ok) queued.resolve(result.report);
    else queued.reject(fromStoreError(result.error));
  });
}
