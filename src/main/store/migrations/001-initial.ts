import type { DatabaseSync } from 'node:sqlite';
import type { Migration } from './migration.ts';

/** Schema v1: the event log, its search index and the per-source resume cursors. See docs/store.md. */
const migration: Migration = {
  version: 1,
  name: 'initial: events, events_fts, source_cursors',
  up(db: DatabaseSync): void {
    // AUTOINCREMENT: a rowid is never reused, even after rows are deleted, so a rowid held by a
    // client's page cursor or by the FTS index always means the same event.
    db.exec(`
      CREATE TABLE events (
        rowid        INTEGER PRIMARY KEY AUTOINCREMENT,
        id           TEXT    NOT NULL UNIQUE,
        source_id    TEXT    NOT NULL,
        source_kind  TEXT    NOT NULL,
        type         TEXT    NOT NULL,
        name         TEXT    NOT NULL,
        channel      TEXT,
        symbol       TEXT,
        seq          INTEGER,
        occurred_at  INTEGER NOT NULL,
        received_at  INTEGER NOT NULL,
        data         TEXT    NOT NULL,
        raw          TEXT
      ) STRICT;

      -- Every query orders by (occurred_at DESC, rowid DESC); an index ends with the rowid
      -- implicitly, so each of these serves its filter and that order without a sort.
      CREATE INDEX events_by_occurred_at        ON events (occurred_at);
      CREATE INDEX events_by_source_occurred_at ON events (source_id, occurred_at);
      CREATE INDEX events_by_type_occurred_at   ON events (type, occurred_at);
      CREATE INDEX events_by_symbol_occurred_at ON events (symbol, occurred_at);

      -- Contentless: the text lives only in the index (events already holds the data), and
      -- contentless_delete=1 still lets a future retention job delete rows by rowid.
      CREATE VIRTUAL TABLE events_fts USING fts5 (
        name, type, symbol, source_id, channel, body,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE source_cursors (
        source_id   TEXT    NOT NULL PRIMARY KEY,
        cursor      TEXT    NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;
