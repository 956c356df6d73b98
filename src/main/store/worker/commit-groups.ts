import type { EventDatabase } from '../event-database.ts';
import { toStoreError, type AppendGroup, type BatchOutcome } from './store-protocol.ts';

/**
 * Commit a batch of appends as ONE transaction. If that fails and the batch holds more than one
 * append, each append is retried alone, in order, so one bad append (say a replayed event id)
 * only fails its own caller instead of every source whose events shared the tick.
 */
export function commitGroups(db: EventDatabase, groups: readonly AppendGroup[]): BatchOutcome {
  try {
    const committed = db.insert(
      groups.flatMap((group) => group.events),
      groups.flatMap((group) => group.cursors),
    );
    return { committed };
  } catch (error) {
    if (groups.length === 1) return { each: [{ ok: false, error: toStoreError(error) }] };
  }
  return {
    each: groups.map((group) => {
      try {
        return { ok: true, report: db.insert(group.events, group.cursors) };
      } catch (error) {
        return { ok: false, error: toStoreError(error) };
      }
    }),
  };
}
