import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventQuerySchema, type EventQuery } from '../../../src/shared/ipc/event-query.ts';
import { eventQuerySql } from '../../../src/main/store/event-query-sql.ts';
import { runMigrations } from '../../../src/main/store/migrations/run-migrations.ts';

describe('eventQuerySql', () => {
  let db: DatabaseSync;
  beforeAll(() => {
    db = new DatabaseSync(':memory:');
    runMigrations(db);
  });
  afterAll(() => db.close());

  const build = (query: EventQuery) => eventQuerySql(EventQuerySchema.parse(query));
  const plan = (query: EventQuery): string => {
    const { sql, params } = build(query);
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as unknown as { detail: string }[])
      .map((row) => row.detail)
      .join(' | ');
  };

  it('asks for one row more than the limit, newest first', () => {
    const { sql, params } = build({ limit: 10 });
    expect(sql).toMatch(/ORDER BY occurred_at DESC, rowid DESC LIMIT \?$/);
    expect(params).toEqual([11]);
  });

  it('binds every user value as a parameter', () => {
    const { sql, params } = build({
      sourceIds: ["x'; DROP TABLE events; --", 'b'],
      types: ['signal'],
      symbol: "EUR'USD",
      text: 'margin',
      from: 1,
      to: 2,
      before: { occurredAt: 3, rowId: 4 },
    });
    expect(sql).not.toMatch(/DROP|EUR|margin/);
    expect(params).toEqual(['["x\'; DROP TABLE events; --","b"]', 'signal', "EUR'USD", '"margin"*', 1, 2, 3, 4, 101]);
  });

  it('reads single-value filters and time ranges straight from an index, in page order', () => {
    const page = { before: { occurredAt: 5, rowId: 3 } };
    expect(plan({})).toMatch(/USING INDEX events_by_occurred_at/);
    expect(plan({ sourceIds: ['mt5'], ...page })).toMatch(/USING INDEX events_by_source_occurred_at/);
    expect(plan({ types: ['signal'], ...page })).toMatch(/USING INDEX events_by_type_occurred_at/);
    expect(plan({ symbol: 'EURUSD', ...page })).toMatch(/USING INDEX events_by_symbol_occurred_at/);
    expect(plan({ from: 1, to: 9, ...page })).toMatch(/USING INDEX events_by_occurred_at/);
    for (const query of [
      {},
      { sourceIds: ['mt5'] },
      { types: ['signal' as const] },
      { symbol: 'EURUSD' },
      { from: 1 },
    ]) {
      expect(plan({ ...query, ...page }), JSON.stringify(query)).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('leaves the text filter out when nothing in it is searchable', () => {
    expect(build({ text: '!!' }).sql).not.toMatch(/events_fts/);
  });
});
