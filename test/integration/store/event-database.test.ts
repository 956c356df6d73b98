import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CanonicalEvent } from '../../../src/shared/events/index.ts';
import type { EventQuery } from '../../../src/shared/ipc/event-query.ts';
import { EventDatabase } from '../../../src/main/store/event-database.ts';
import { makeEvent, price, signal } from './helpers/events.ts';
import { makeTempDir } from './helpers/temp-dir.ts';

const T0 = 1_750_000_000_000;

describe('EventDatabase', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let db: EventDatabase;

  beforeEach(() => {
    temp = makeTempDir();
    db = new EventDatabase(temp.file('events.db'));
  });
  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  const ids = (query: EventQuery) => db.query(query).events.map((event) => event.id);

  describe('opening', () => {
    it('uses WAL, synchronous=FULL, a busy timeout and foreign keys, at the latest schema', () => {
      db.close();
      db = new EventDatabase(temp.file('events.db'), { busyTimeoutMs: 1234 });
      expect(db.settings()).toEqual({
        journalMode: 'wal',
        synchronous: 'full',
        busyTimeoutMs: 1234,
        foreignKeys: true,
        schemaVersion: 1,
      });
    });

    it('reopens an existing file without migrating again and keeps the data', () => {
      db.insert([signal({ id: 'kept' })], [{ sourceId: 'executor-1', cursor: '42' }]);
      db.close();
      db = new EventDatabase(temp.file('events.db'));
      expect(ids({})).toEqual(['kept']);
      expect(db.cursors()).toEqual({ 'executor-1': '42' });
    });
  });

  describe('insert', () => {
    it('round-trips every field, leaving absent optional fields out', () => {
      const full = signal({ id: 'full', occurredAt: T0, receivedAt: T0 + 5 });
      const bare = makeEvent({ id: 'bare', occurredAt: T0 - 1, receivedAt: T0 });
      db.insert([full, bare]);
      const [first, second] = db.query({}).events;
      expect(first).toStrictEqual(full);
      expect(second).toStrictEqual(bare);
      expect(second).not.toHaveProperty('symbol');
      expect(second).not.toHaveProperty('channel');
      expect(second).not.toHaveProperty('seq');
      expect(second).not.toHaveProperty('raw');
    });

    it('reports count, last id and increasing rowids', () => {
      const first = db.insert([makeEvent({ id: 'a' }), makeEvent({ id: 'b' })]);
      expect(first).toMatchObject({ count: 2, lastId: 'b', lastRowId: 2 });
      expect(first.committedAt).toEqual(expect.any(Number));
      const second = db.insert([makeEvent({ id: 'c' })]);
      expect(second).toMatchObject({ count: 1, lastId: 'c', lastRowId: 3 });
    });

    it('repeats the last event in the report of a commit without events', () => {
      expect(db.insert([], [{ sourceId: 's', cursor: '1' }])).toMatchObject({ count: 0, lastId: '', lastRowId: 0 });
      db.insert([makeEvent({ id: 'only' })]);
      expect(db.insert([], [{ sourceId: 's', cursor: '2' }])).toMatchObject({ count: 0, lastId: 'only', lastRowId: 1 });
    });

    it('commits cursors with the events, the last one per source winning', () => {
      db.insert(
        [makeEvent()],
        [
          { sourceId: 'sse-1', cursor: 'seq:1' },
          { sourceId: 'mt5', cursor: 'deal:9' },
          { sourceId: 'sse-1', cursor: 'seq:2' },
        ],
      );
      db.insert([makeEvent()], [{ sourceId: 'mt5', cursor: 'deal:10' }]);
      expect(db.cursors()).toEqual({ 'sse-1': 'seq:2', mt5: 'deal:10' });
    });

    it('is all or nothing: a duplicate id leaves neither events, search rows nor cursors', () => {
      db.insert(
        [makeEvent({ id: 'dup', data: { level: 'info', message: 'original' } })],
        [{ sourceId: 's', cursor: 'old' }],
      );
      const before = db.insert([]).lastRowId;
      expect(() =>
        db.insert(
          [makeEvent({ id: 'fresh', data: { level: 'info', message: 'phantom' } }), makeEvent({ id: 'dup' })],
          [{ sourceId: 's', cursor: 'new' }],
        ),
      ).toThrow(/UNIQUE constraint failed: events\.id/);
      expect(ids({})).toEqual(['dup']);
      expect(ids({ text: 'phantom' })).toEqual([]);
      expect(db.cursors()).toEqual({ s: 'old' });
      // and the connection is usable afterwards
      expect(db.insert([makeEvent({ id: 'after' })]).lastRowId).toBeGreaterThan(before);
    });
  });

  describe('query filters', () => {
    beforeEach(() => {
      db.insert([
        signal({ id: 's1', sourceId: 'executor-1', symbol: 'EURUSD', occurredAt: T0 + 1 }),
        signal({ id: 's2', sourceId: 'executor-2', symbol: 'XAUUSD', occurredAt: T0 + 2 }),
        price({ id: 'p1', sourceId: 'crypto', symbol: 'BTCUSDT', occurredAt: T0 + 3 }),
        price({ id: 'p2', sourceId: 'crypto', symbol: 'EURUSD', occurredAt: T0 + 4 }),
        makeEvent({
          id: 'n1',
          sourceId: 'bots',
          occurredAt: T0 + 5,
          data: { level: 'warning', message: 'Margin warning' },
        }),
      ]);
    });

    it('returns everything newest first without filters', () => {
      expect(ids({})).toEqual(['n1', 'p2', 'p1', 's2', 's1']);
    });

    it('filters by source ids', () => {
      expect(ids({ sourceIds: ['crypto'] })).toEqual(['p2', 'p1']);
      expect(ids({ sourceIds: ['executor-1', 'bots'] })).toEqual(['n1', 's1']);
      expect(ids({ sourceIds: [] })).toEqual([]);
    });

    it('filters by types', () => {
      expect(ids({ types: ['signal'] })).toEqual(['s2', 's1']);
      expect(ids({ types: ['price', 'notice'] })).toEqual(['n1', 'p2', 'p1']);
    });

    it('filters by symbol, exactly', () => {
      expect(ids({ symbol: 'EURUSD' })).toEqual(['p2', 's1']);
      expect(ids({ symbol: 'EUR' })).toEqual([]);
    });

    it('filters by time: from inclusive, to exclusive', () => {
      expect(ids({ from: T0 + 2, to: T0 + 4 })).toEqual(['p1', 's2']);
      expect(ids({ from: T0 + 5 })).toEqual(['n1']);
      expect(ids({ to: T0 + 2 })).toEqual(['s1']);
    });

    it('combines filters with AND', () => {
      expect(ids({ sourceIds: ['crypto', 'executor-1'], types: ['price'], symbol: 'EURUSD', from: T0 })).toEqual([
        'p2',
      ]);
      expect(ids({ types: ['signal'], text: 'breakout', to: T0 + 2 })).toEqual(['s1']);
    });

    it('rejects an invalid query', () => {
      expect(() => db.query({ limit: 0 })).toThrow();
      expect(() => db.query({ types: ['nope' as 'signal'] })).toThrow();
    });
  });

  describe('text search', () => {
    beforeEach(() => {
      db.insert([
        signal({ id: 'sig', data: { side: 'buy', strategy: 'Breakout Alpha', reason: 'Close above the 20-bar high' } }),
        makeEvent({
          id: 'margin',
          type: 'notice',
          name: 'margin_warning',
          sourceId: 'bot-platform',
          data: { level: 'warning', kind: 'margin_warning', message: 'Margin level at 120%' },
        }),
        makeEvent({
          id: 'closed',
          type: 'position-closed',
          name: 'position-closed',
          symbol: 'XAUUSD',
          data: { positionId: 'P-17', profit: 42.5, reason: 'take_profit' },
        }),
        makeEvent({ id: 'quote', type: 'error', name: 'error', data: { message: 'Bot said "stop" (code: E42)' } }),
        makeEvent({
          id: 'cafe',
          type: 'notice',
          name: 'notification',
          data: { level: 'info', message: 'Café Crème strategy resumed' },
        }),
      ]);
    });

    it('matches word prefixes in data strings', () => {
      expect(ids({ text: 'break' })).toEqual(['sig']);
      expect(ids({ text: 'take' })).toEqual(['closed']);
    });

    it('matches name, type, symbol and source id', () => {
      expect(ids({ text: 'trading-signal' })).toEqual(['sig']);
      expect(ids({ text: 'position' })).toEqual(['closed']);
      expect(ids({ text: 'xauusd' })).toEqual(['closed']);
      expect(ids({ text: 'bot-plat' })).toEqual(['margin']);
    });

    it('ANDs several words', () => {
      expect(ids({ text: 'margin level' })).toEqual(['margin']);
      expect(ids({ text: 'margin alpha' })).toEqual([]);
    });

    it('is case and accent insensitive', () => {
      expect(ids({ text: 'CAFE creme' })).toEqual(['cafe']);
    });

    it('survives quotes, punctuation and FTS5 syntax in user text', () => {
      expect(ids({ text: '"stop"' })).toEqual(['quote']);
      expect(ids({ text: '(code: E42)' })).toEqual(['quote']);
      expect(ids({ text: 'said "stop' })).toEqual(['quote']);
      expect(ids({ text: 'margin OR alpha' })).toEqual([]);
      expect(ids({ text: 'NEAR(margin level)' })).toEqual([]);
      expect(ids({ text: 'body:margin' })).toEqual([]);
      expect(ids({ text: 'margin*' })).toEqual(['margin']);
      expect(ids({ text: "120% o'clock" })).toEqual([]);
    });

    it('treats text with nothing searchable as no text filter', () => {
      expect(ids({ text: '  !! ' })).toHaveLength(5);
    });
  });

  describe('pagination', () => {
    it('walks pages newest first across equal occurred_at values with no duplicates or gaps', () => {
      const events: CanonicalEvent[] = [];
      // 23 events over 4 distinct timestamps, inserted out of time order.
      for (let i = 0; i < 23; i++) events.push(makeEvent({ id: `p${i}`, occurredAt: T0 + ((i * 7) % 4) }));
      db.insert(events);

      const seen: string[] = [];
      let before: EventQuery['before'];
      let pages = 0;
      do {
        const page = db.query({ limit: 5, before });
        seen.push(...page.events.map((event) => event.id));
        before = page.next;
        pages += 1;
        if (before !== undefined) expect(page.events).toHaveLength(5);
      } while (before !== undefined);

      expect(pages).toBe(5);
      expect(new Set(seen).size).toBe(23);
      expect(seen).toEqual(ids({ limit: 500 }));
      const times = seen.map((id) => events.find((event) => event.id === id)?.occurredAt ?? 0);
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('omits next on the last page, including when it is exactly full', () => {
      db.insert([makeEvent({ id: 'a' }), makeEvent({ id: 'b' })]);
      expect(db.query({ limit: 2 }).next).toBeUndefined();
      const first = db.query({ limit: 1 });
      expect(first.next).toBeDefined();
      expect(db.query({ limit: 1, before: first.next }).next).toBeUndefined();
    });

    it('pages within filters', () => {
      const events = Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0 ? price({ id: `even${i}`, occurredAt: T0 }) : signal({ id: `odd${i}`, occurredAt: T0 }),
      );
      db.insert(events);
      const first = db.query({ types: ['price'], limit: 4 });
      const second = db.query({ types: ['price'], limit: 4, before: first.next });
      expect([...first.events, ...second.events].map((event) => event.id)).toEqual([
        'even10',
        'even8',
        'even6',
        'even4',
        'even2',
        'even0',
      ]);
      expect(second.next).toBeUndefined();
    });

    it('applies the default limit of 100', () => {
      db.insert(Array.from({ length: 101 }, () => makeEvent()));
      const page = db.query({});
      expect(page.events).toHaveLength(100);
      expect(page.next).toBeDefined();
    });
  });
});
