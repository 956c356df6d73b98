import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CanonicalEvent } from '../../../src/shared/events/index.ts';
import type { CommitReport, EventStore } from '../../../src/main/store/event-store.ts';
import { defaultStoreWorkerUrl, openEventStore } from '../../../src/main/store/worker-event-store.ts';
import { makeEvent, price, signal } from './helpers/events.ts';
import { makeTempDir } from './helpers/temp-dir.ts';

describe('openEventStore (worker thread)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: EventStore | undefined;

  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    temp.cleanup();
  });

  const open = async (options: { groupCommitMs?: number; maxBatch?: number } = {}) => {
    store = await openEventStore({ path: temp.file('events.db'), workerUrl: defaultStoreWorkerUrl(), ...options });
    return store;
  };

  it('resolves appends from many calls with the report of the commit that held them', async () => {
    const s = await open({ maxBatch: 50 });
    const calls: CanonicalEvent[][] = Array.from({ length: 120 }, (_, call) =>
      Array.from({ length: 1 + (call % 4) }, (_, i) => makeEvent({ id: `c${call}-${i}` })),
    );
    const reports = await Promise.all(calls.map((events) => s.append(events)));

    // Reports come back in call order with lastRowId never going down...
    const rowIds = reports.map((report) => report.lastRowId);
    expect(rowIds).toEqual([...rowIds].sort((a, b) => a - b));
    // ...one report per commit, and the commits add up to every event exactly once.
    const commits = new Map<number, CommitReport>(reports.map((report) => [report.lastRowId, report]));
    expect(commits.size).toBeGreaterThan(1);
    const total = calls.reduce((sum, events) => sum + events.length, 0);
    expect([...commits.values()].reduce((sum, report) => sum + report.count, 0)).toBe(total);
    expect(Math.max(...rowIds)).toBe(total);
    for (const report of commits.values()) expect(report.count).toBeLessThanOrEqual(50);
    // A commit's last event comes from the last call it held: this call or a later one.
    const callOf = new Map(calls.flatMap((events, call) => events.map((event) => [event.id, call] as const)));
    reports.forEach((report, call) => expect(callOf.get(report.lastId)).toBeGreaterThanOrEqual(call));

    const page = await s.query({ limit: 500 });
    expect(page.events).toHaveLength(total);
  });

  it('stores events in call order', async () => {
    const s = await open();
    const sameTime = 1_760_000_000_000;
    await Promise.all(['first', 'second', 'third'].map((id) => s.append([makeEvent({ id, occurredAt: sameTime })])));
    // Equal occurred_at: newest first means highest rowid first, i.e. reverse call order.
    expect((await s.query({})).events.map((event) => event.id)).toEqual(['third', 'second', 'first']);
  });

  it('commits cursors with their events and serves queries and cursors', async () => {
    const s = await open();
    await s.append([signal({ id: 'sig', sourceId: 'sse-1' })], [{ sourceId: 'sse-1', cursor: 'seq:10' }]);
    await s.append([price({ id: 'px' })]);
    expect(await s.cursors()).toEqual({ 'sse-1': 'seq:10' });
    const found = await s.query({ text: 'breakout', sourceIds: ['sse-1'] });
    expect(found.events.map((event) => event.id)).toEqual(['sig']);
  });

  it('rejects an append whose commit fails, without failing its neighbours, and keeps working', async () => {
    const s = await open({ groupCommitMs: 60_000 });
    const taken = s.append([makeEvent({ id: 'taken' })], [{ sourceId: 'src', cursor: '1' }]);
    await s.flush();
    await taken;
    const before = s.append([makeEvent({ id: 'before' })]);
    const duplicate = s.append([makeEvent({ id: 'taken' })], [{ sourceId: 'src', cursor: 'should-not-commit' }]);
    const after = s.append([makeEvent({ id: 'after' })]);
    await s.flush();
    await expect(duplicate).rejects.toThrow(/UNIQUE constraint failed: events\.id/);
    await expect(before).resolves.toMatchObject({ lastId: 'before' });
    await expect(after).resolves.toMatchObject({ lastId: 'after' });
    expect(await s.cursors()).toEqual({ src: '1' });

    const later = s.append([makeEvent({ id: 'later' })]);
    await s.flush();
    await expect(later).resolves.toMatchObject({ lastId: 'later' });
    expect((await s.query({})).events.map((event) => event.id)).toEqual(['later', 'after', 'before', 'taken']);
  });

  it('flush commits what is queued without waiting for the tick', async () => {
    const s = await open({ groupCommitMs: 3_600_000 });
    const appended = s.append([makeEvent({ id: 'now' })]);
    await s.flush();
    await expect(appended).resolves.toMatchObject({ count: 1, lastId: 'now' });
  });

  it('keeps everything across close and reopen', async () => {
    let s = await open();
    const first = await s.append(
      [signal({ id: 'one' }), price({ id: 'two' })],
      [{ sourceId: 'mt5', cursor: 'deal:5' }],
    );
    s.append([makeEvent({ id: 'three' })]).catch(() => {});
    await s.close();
    await expect(s.append([makeEvent()])).rejects.toThrow(/closed/);

    s = await open();
    expect((await s.query({})).events.map((event) => event.id).sort()).toEqual(['one', 'three', 'two']);
    expect(await s.cursors()).toEqual({ mt5: 'deal:5' });
    const next = await s.append([makeEvent({ id: 'four' })]);
    expect(next.lastRowId).toBeGreaterThan(first.lastRowId);
  });

  it('close is idempotent', async () => {
    const s = await open();
    await Promise.all([s.close(), s.close()]);
    await s.close();
  });

  it('rejects query errors as values, and stays usable', async () => {
    const s = await open();
    await expect(s.query({ limit: 0 })).rejects.toThrow();
    await expect(s.query({})).resolves.toEqual({ events: [] });
  });

  it('fails to open a path it cannot create, without leaving a worker behind', async () => {
    await expect(
      openEventStore({ path: temp.file('missing-dir/events.db'), workerUrl: defaultStoreWorkerUrl() }),
    ).rejects.toThrow(/unable to open/i);
  });
});
