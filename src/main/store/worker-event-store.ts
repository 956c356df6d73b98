import type { CanonicalEvent } from '../../shared/events/index.ts';
import type { EventPage, EventQuery } from '../../shared/ipc/event-query.ts';
import type { CommitReport, CursorUpdate, EventStore } from './event-store.ts';
import { GroupCommitQueue } from './group-commit-queue.ts';
import { StoreWorkerClient } from './worker/store-worker-client.ts';

export interface OpenEventStoreOptions {
  /** The SQLite file; created (and migrated) if needed. */
  path: string;
  /** The worker entry: defaultStoreWorkerUrl() under Node, the bundled out/main/store-worker.js in Electron. */
  workerUrl: URL;
  /** How long appends gather before they are committed together. */
  groupCommitMs?: number;
  /** Commit without waiting for the tick once this many events are queued; caps a batch. */
  maxBatch?: number;
}

export const DEFAULT_GROUP_COMMIT_MS = 25;
export const DEFAULT_MAX_BATCH = 2000;

/** The worker entry as a .ts file, for hosts that run TypeScript natively (Node 24, tests, bench). */
export function defaultStoreWorkerUrl(): URL {
  return new URL('./worker/store-worker.ts', import.meta.url);
}

/** Start the store worker, open (and migrate) the database in it, and return the EventStore over it. */
export async function openEventStore(options: OpenEventStoreOptions): Promise<EventStore> {
  const client = new StoreWorkerClient(options.workerUrl);
  try {
    await client.request('open', { path: options.path });
  } catch (error) {
    await client.terminate();
    throw error;
  }
  return new WorkerEventStore(client, {
    groupCommitMs: options.groupCommitMs ?? DEFAULT_GROUP_COMMIT_MS,
    maxBatch: options.maxBatch ?? DEFAULT_MAX_BATCH,
  });
}

class WorkerEventStore implements EventStore {
  readonly #client: StoreWorkerClient;
  readonly #queue: GroupCommitQueue;
  #closing: Promise<void> | undefined;

  constructor(client: StoreWorkerClient, options: { groupCommitMs: number; maxBatch: number }) {
    this.#client = client;
    this.#queue = new GroupCommitQueue((groups) => client.request('insert', { groups }), options);
    client.onFailure = (error) => this.#queue.fail(error);
  }

  append(events: readonly CanonicalEvent[], cursors?: readonly CursorUpdate[]): Promise<CommitReport> {
    if (this.#closing !== undefined) return Promise.reject(new Error('event store is closed'));
    return this.#queue.append(events, cursors);
  }

  query(query: EventQuery): Promise<EventPage> {
    return this.#client.request('query', { query });
  }

  cursors(): Promise<Record<string, string>> {
    return this.#client.request('cursors', {});
  }

  flush(): Promise<void> {
    return this.#queue.flush();
  }

  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    await this.#queue.flush();
    try {
      await this.#client.request('close', {});
    } catch (error) {
      // A worker that already died has nothing left to close; any other failure is news.
      if (this.#client.failure === undefined) throw error;
    } finally {
      await this.#client.terminate();
    }
  }
}
