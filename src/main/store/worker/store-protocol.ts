import type { CanonicalEvent } from '../../../shared/events/index.ts';
import type { EventPage, EventQuery } from '../../../shared/ipc/event-query.ts';
import type { CommitReport, CursorUpdate } from '../event-store.ts';

/** The events and cursors of one append() call. */
export interface AppendGroup {
  events: CanonicalEvent[];
  cursors: CursorUpdate[];
}

/** How one append of a batch ended. */
export type AppendOutcome = { ok: true; report: CommitReport } | { ok: false; error: StoreError };

/**
 * How a batch ended: the usual case is one report shared by every append (one object to send
 * back, however many appends); after a failure, one outcome per append, in order.
 */
export type BatchOutcome = { committed: CommitReport } | { each: AppendOutcome[] };

/** Parameters of a request that needs none. */
type NoParams = Record<never, never>;

/** Every request the store worker answers: its parameters and what it replies with. */
export interface StoreOps {
  open: { params: { path: string }; result: null };
  /** One group commit: the appends in call order. */
  insert: { params: { groups: AppendGroup[] }; result: BatchOutcome };
  query: { params: { query: EventQuery }; result: EventPage };
  cursors: { params: NoParams; result: Record<string, string> };
  close: { params: NoParams; result: null };
}

export type StoreOp = keyof StoreOps;

export type StoreRequest = {
  [K in StoreOp]: { id: number; op: K } & StoreOps[K]['params'];
}[StoreOp];

/** Errors cross the thread boundary as plain values (Error objects lose their class on the way). */
export interface StoreError {
  name: string;
  message: string;
}

export type StoreResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: StoreError };

export function toStoreError(error: unknown): StoreError {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}
