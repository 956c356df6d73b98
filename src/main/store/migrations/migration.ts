import type { DatabaseSync } from 'node:sqlite';

/**
 * One schema version. `up` runs inside the runner's transaction, so it must not open or
 * commit one itself, and must not change settings that SQLite refuses inside a transaction
 * (journal_mode and the like belong to the connection setup, not to a migration).
 */
export interface Migration {
  /** The schema version after this migration; versions count 1, 2, 3, … with no gaps. */
  readonly version: number;
  /** Short description, for logs and docs. */
  readonly name: string;
  up(db: DatabaseSync): void;
}
