import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { CanonicalEvent } from '../../shared/events/index.ts';
import { EventQuerySchema, type EventPage, type EventQuery } from '../../shared/ipc/event-query.ts';
import type { CommitReport, CursorUpdate } from './event-store.ts';
import { eventParams, rowToEvent, type EventRow } from './event-row.ts';
import { eventQuerySql } from './event-query-sql.ts';
import { runMigrations, schemaVersion } from './migrations/run-migrations.ts';
import { searchRow } from './search-text.ts';

export interface EventDatabaseOptions {
  /** How long a write waits for another connection's lock before failing. */
  busyTimeoutMs?: number;
  /** Clock for committedAt / updated_at (tests pin it). */
  now?: () => number;
}

export interface DatabaseSettings {
  journalMode: string;
  synchronous: string;
  busyTimeoutMs: number;
  foreignKeys: boolean;
  schemaVersion: number;
}

const SYNCHRONOUS_LEVELS = ['off', 'normal', 'full', 'extra'];

/**
 * The event log file, synchronously. It blocks the calling thread, so the app only uses it
 * inside the store worker; tests and tools may use it directly.
 */
export class EventDatabase {
  readonly path: string;
  readonly #db: DatabaseSync;
  readonly #now: () => number;
  readonly #begin: StatementSync;
  readonly #commit: StatementSync;
  readonly #rollback: StatementSync;
  readonly #insertEvent: StatementSync;
  readonly #insertSearch: StatementSync;
  readonly #upsertCursor: StatementSync;
  readonly #selectCursors: StatementSync;
  /** Query statements by SQL text; eventQuerySql produces few distinct shapes. */
  readonly #queries = new Map<string, StatementSync>();
  /** The newest committed event, repeated in reports of commits that held no events. */
  #last: { id: string; rowId: number };

  constructor(path: string, options: EventDatabaseOptions = {}) {
    this.path = path;
    this.#now = options.now ?? Date.now;
    this.#db = new DatabaseSync(path);
    try {
      // WAL: readers never block the writer. synchronous=FULL: the WAL is synced at every
      // commit, so a commit we report survives a process kill or power loss.
      this.#db.exec(`
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        PRAGMA busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)};
        PRAGMA foreign_keys = ON;
      `);
      runMigrations(this.#db);
    } catch (error) {
      this.#db.close();
      throw error;
    }
    this.#begin = this.#db.prepare('BEGIN IMMEDIATE');
    this.#commit = this.#db.prepare('COMMIT');
    this.#rollback = this.#db.prepare('ROLLBACK');
    this.#insertEvent = this.#db.prepare(
      `INSERT INTO events (id, source_id, source_kind, type, name, channel, symbol, seq, occurred_at, received_at, data, raw)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#insertSearch = this.#db.prepare(
      `INSERT INTO events_fts (rowid, name, type, symbol, source_id, channel, body) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#upsertCursor = this.#db.prepare(
      `INSERT INTO source_cursors (source_id, cursor, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (source_id) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at`,
    );
    this.#selectCursors = this.#db.prepare('SELECT source_id, cursor FROM source_cursors ORDER BY source_id');
    const last = this.#db.prepare('SELECT rowid, id FROM events ORDER BY rowid DESC LIMIT 1').get() as
      { rowid: number; id: string } | undefined;
    this.#last = { id: last?.id ?? '', rowId: last?.rowid ?? 0 };
  }

  /**
   * Store events, their search rows and the cursors in one transaction: all or nothing.
   * Throws (after rolling back) on any failure, e.g. a duplicate event id.
   */
  insert(events: readonly CanonicalEvent[], cursors: readonly CursorUpdate[] = []): CommitReport {
    let last = this.#last;
    this.#begin.run();
    try {
      for (const event of events) {
        const { lastInsertRowid } = this.#insertEvent.run(...eventParams(event));
        const rowId = Number(lastInsertRowid);
        const search = searchRow(event);
        this.#insertSearch.run(
          rowId,
          search.name,
          search.type,
          search.symbol,
          search.source_id,
          search.channel,
          search.body,
        );
        last = { id: event.id, rowId };
      }
      const now = this.#now();
      for (const { sourceId, cursor } of cursors) this.#upsertCursor.run(sourceId, cursor, now);
      this.#commit.run();
    } catch (error) {
      if (this.#db.isTransaction) this.#rollback.run();
      throw error;
    }
    this.#last = last;
    return { count: events.length, lastId: last.id, lastRowId: last.rowId, committedAt: this.#now() };
  }

  /** One page of history, newest first. Validates the query (and applies the default limit). */
  query(input: EventQuery): EventPage {
    const query = EventQuerySchema.parse(input);
    const { sql, params } = eventQuerySql(query);
    const rows = this.#statement(sql).all(...params) as unknown as EventRow[];
    const page = rows.slice(0, query.limit);
    const events = page.map(rowToEvent);
    const lastRow = page.at(-1);
    if (rows.length > query.limit && lastRow !== undefined) {
      return { events, next: { occurredAt: lastRow.occurred_at, rowId: lastRow.rowid } };
    }
    return { events };
  }

  /** Last committed cursor per source id. */
  cursors(): Record<string, string> {
    const rows = this.#selectCursors.all() as unknown as { source_id: string; cursor: string }[];
    return Object.fromEntries(rows.map((row) => [row.source_id, row.cursor]));
  }

  /** The connection settings in force, for diagnostics (and to prove the durability settings took). */
  settings(): DatabaseSettings {
    const pragma = (name: string): unknown => {
      const row = this.#db.prepare(`PRAGMA ${name}`).get() as Record<string, unknown> | undefined;
      return row === undefined ? undefined : Object.values(row)[0];
    };
    return {
      journalMode: String(pragma('journal_mode')),
      synchronous: SYNCHRONOUS_LEVELS[Number(pragma('synchronous'))] ?? String(pragma('synchronous')),
      busyTimeoutMs: Number(pragma('busy_timeout')),
      foreignKeys: pragma('foreign_keys') === 1,
      schemaVersion: schemaVersion(this.#db),
    };
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close();
  }

  #statement(sql: string): StatementSync {
    let statement = this.#queries.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare(sql);
      this.#queries.set(sql, statement);
    }
    return statement;
  }
}
