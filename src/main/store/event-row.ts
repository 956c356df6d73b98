import type { CanonicalEvent } from '../../shared/events/index.ts';

/** One row of the events table as node:sqlite returns it. */
export interface EventRow {
  rowid: number;
  id: string;
  source_id: string;
  source_kind: string;
  type: string;
  name: string;
  channel: string | null;
  symbol: string | null;
  seq: number | null;
  occurred_at: number;
  received_at: number;
  data: string;
  raw: string | null;
}

export const EVENT_COLUMNS =
  'rowid, id, source_id, source_kind, type, name, channel, symbol, seq, occurred_at, received_at, data, raw';

/** Insert parameters, in EVENT_COLUMNS order without rowid (SQLite assigns it). */
export function eventParams(event: CanonicalEvent): (string | number | null)[] {
  return [
    event.id,
    event.sourceId,
    event.sourceKind,
    event.type,
    event.name,
    event.channel ?? null,
    event.symbol ?? null,
    event.seq ?? null,
    event.occurredAt,
    event.receivedAt,
    JSON.stringify(event.data),
    event.raw ?? null,
  ];
}

/**
 * Back to the canonical shape. Optional fields whose column is NULL are left out rather than set to
 * undefined, so a round trip gives back an equal object. The row was written from a validated
 * event, so the type/data pairing is trusted rather than re-validated on every read.
 */
export function rowToEvent(row: EventRow): CanonicalEvent {
  const event: Record<string, unknown> = {
    id: row.id,
    sourceId: row.source_id,
    sourceKind: row.source_kind,
    type: row.type,
    name: row.name,
    occurredAt: row.occurred_at,
    receivedAt: row.received_at,
    data: JSON.parse(row.data) as unknown,
  };
  if (row.channel !== null) event.channel = row.channel;
  if (row.symbol !== null) event.symbol = row.symbol;
  if (row.seq !== null) event.seq = row.seq;
  if (row.raw !== null) event.raw = row.raw;
  return event as CanonicalEvent;
}
