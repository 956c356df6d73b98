import type { CanonicalEvent } from '../../shared/events/index.ts';
import type { EventPage, EventQuery } from '../../shared/ipc/event-query.ts';

/** A source's resume position, committed in the same transaction as the events it covers. */
export interface CursorUpdate {
  sourceId: string;
  cursor: string;
}

/** Reported once a group of events is durable (the transaction committed). */
export interface CommitReport {
  /** Events in this commit. */
  count: number;
  /** The id of the last event committed (a commit with no events repeats the previous one; '' on an empty log). */
  lastId: string;
  /** SQLite rowid of the last event committed (same rule as lastId; 0 on an empty log). */
  lastRowId: number;
  /** Epoch ms when the commit finished. */
  committedAt: number;
}

/**
 * The event log as the rest of the core sees it: asynchronous, because the SQLite work
 * runs in a worker thread, never on the thread serving IPC.
 */
export interface EventStore {
  /**
   * Queue events (and optional resume cursors) for the next group commit. Resolves with the
   * report of the commit that made them durable. Events are stored in call order.
   */
  append(events: readonly CanonicalEvent[], cursors?: readonly CursorUpdate[]): Promise<CommitReport>;
  query(query: EventQuery): Promise<EventPage>;
  /** Last committed cursor per source id. */
  cursors(): Promise<Record<string, string>>;
  /** Resolves when everything appended so far is committed. */
  flush(): Promise<void>;
  /** Flush, then close the database and stop the worker. */
  close(): Promise<void>;
}
