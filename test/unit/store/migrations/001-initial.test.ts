import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import initial from '../../../../src/main/store/migrations/001-initial.ts';
import { runMigrations, schemaVersion } from '../../../../src/main/store/migrations/run-migrations.ts';

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

function columns(db: DatabaseSync, table: string): Pick<ColumnInfo, 'name' | 'type' | 'notnull' | 'pk'>[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as unknown as ColumnInfo[]).map(
    ({ name, type, notnull, pk }) => ({
      name,
      type,
      notnull,
      pk,
    }),
  );
}

function indexColumns(db: DatabaseSync, index: string): string[] {
  return (db.prepare(`PRAGMA index_info(${index})`).all() as unknown as { name: string }[]).map((row) => row.name);
}

function schemaDump(db: DatabaseSync): unknown[] {
  return db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
}

describe('migration 001-initial', () => {
  let db: DatabaseSync;
  beforeEach(() => {
    db = new DatabaseSync(':memory:');
  });
  afterEach(() => db.close());

  it('is version 1', () => {
    expect(initial.version).toBe(1);
    expect(initial.name).toMatch(/initial/);
  });

  it('applies to an empty database and records user_version 1', () => {
    expect(schemaVersion(db)).toBe(0);
    const result = runMigrations(db, [initial]);
    expect(result).toEqual({ from: 0, to: 1, applied: [initial.name] });
    expect(schemaVersion(db)).toBe(1);
  });

  it('creates the events table as documented', () => {
    runMigrations(db, [initial]);
    expect(columns(db, 'events')).toEqual([
      { name: 'rowid', type: 'INTEGER', notnull: 0, pk: 1 },
      { name: 'id', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'source_id', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'source_kind', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'type', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'name', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'channel', type: 'TEXT', notnull: 0, pk: 0 },
      { name: 'symbol', type: 'TEXT', notnull: 0, pk: 0 },
      { name: 'seq', type: 'INTEGER', notnull: 0, pk: 0 },
      { name: 'occurred_at', type: 'INTEGER', notnull: 1, pk: 0 },
      { name: 'received_at', type: 'INTEGER', notnull: 1, pk: 0 },
      { name: 'data', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'raw', type: 'TEXT', notnull: 0, pk: 0 },
    ]);
    const table = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'events'").get() as { sql: string };
    expect(table.sql).toMatch(/AUTOINCREMENT/);
    expect(table.sql).toMatch(/STRICT/);
  });

  it('creates the query indexes and a unique id', () => {
    runMigrations(db, [initial]);
    expect(indexColumns(db, 'events_by_occurred_at')).toEqual(['occurred_at']);
    expect(indexColumns(db, 'events_by_source_occurred_at')).toEqual(['source_id', 'occurred_at']);
    expect(indexColumns(db, 'events_by_type_occurred_at')).toEqual(['type', 'occurred_at']);
    expect(indexColumns(db, 'events_by_symbol_occurred_at')).toEqual(['symbol', 'occurred_at']);
    const unique = (
      db.prepare('PRAGMA index_list(events)').all() as unknown as { name: string; unique: number; origin: string }[]
    )
      .filter((index) => index.origin === 'u')
      .map((index) => indexColumns(db, index.name));
    expect(unique).toEqual([['id']]);
  });

  it('creates a contentless FTS5 table that allows deletes', () => {
    runMigrations(db, [initial]);
    const fts = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'events_fts'").get() as { sql: string };
    expect(fts.sql).toMatch(/USING fts5/i);
    expect(fts.sql).toMatch(/content\s*=\s*''/);
    expect(fts.sql).toMatch(/contentless_delete\s*=\s*1/);
    expect(columns(db, 'events_fts').map((column) => column.name)).toEqual([
      'name',
      'type',
      'symbol',
      'source_id',
      'channel',
      'body',
    ]);
    db.prepare('INSERT INTO events_fts (rowid, name, body) VALUES (?, ?, ?)').run(
      5,
      'trading-signal',
      'Breakout Alpha',
    );
    const match = (query: string) => db.prepare('SELECT rowid FROM events_fts WHERE events_fts MATCH ?').all(query);
    expect(match('"break"*')).toEqual([{ rowid: 5 }]);
    db.prepare('DELETE FROM events_fts WHERE rowid = ?').run(5);
    expect(match('"break"*')).toEqual([]);
  });

  it('creates the source_cursors table', () => {
    runMigrations(db, [initial]);
    expect(columns(db, 'source_cursors')).toEqual([
      { name: 'source_id', type: 'TEXT', notnull: 1, pk: 1 },
      { name: 'cursor', type: 'TEXT', notnull: 1, pk: 0 },
      { name: 'updated_at', type: 'INTEGER', notnull: 1, pk: 0 },
    ]);
  });

  it('is a no-op when run twice', () => {
    runMigrations(db, [initial]);
    const before = schemaDump(db);
    expect(runMigrations(db, [initial])).toEqual({ from: 1, to: 1, applied: [] });
    expect(schemaDump(db)).toEqual(before);
    expect(schemaVersion(db)).toBe(1);
  });
});
