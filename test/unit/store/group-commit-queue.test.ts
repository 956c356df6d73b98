import { describe, expect, it } from 'vitest';
import type { CanonicalEvent } from '../../../src/shared/events/index.ts';
import type { CommitReport } from '../../../src/main/store/event-store.ts';
import { GroupCommitQueue } from '../../../src/main/store/group-commit-queue.ts';
import type { AppendGroup, AppendOutcome, BatchOutcome } from '../../../src/main/store/worker/store-protocol.ts';

function events(count: number, prefix = 'e'): CanonicalEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i}`,
    sourceId: 's',
    sourceKind: 'demo',
    type: 'notice',
    name: 'n',
    occurredAt: i,
    receivedAt: i,
    data: { level: 'info', message: 'm' },
  }));
}

/**
 * A stand-in for the worker: records each batch and lets the test decide when (and how) it
 * commits, so ordering can be checked without any timing.
 */
class ScriptedCommit {
  readonly batches: AppendGroup[][] = [];
  readonly #settlers: ((outcome: 'commit' | Error) => void)[] = [];
  #rowId = 0;

  readonly commit = (groups: AppendGroup[]): Promise<BatchOutcome> => {
    this.batches.push(groups);
    return new Promise((resolve, reject) => {
      this.#settlers.push((outcome) => {
        if (outcome instanceof Error) return reject(outcome);
        const all = groups.flatMap((group) => group.events);
        this.#rowId += all.length;
        const report: CommitReport = {
          count: all.length,
          lastId: all.at(-1)?.id ?? '',
          lastRowId: this.#rowId,
          committedAt: 0,
        };
        const bad = (group: AppendGroup) => group.events.some((event) => event.id.startsWith('bad'));
        if (!groups.some(bad)) return resolve({ committed: report });
        resolve({ each: groups.map((group): AppendOutcome => (bad(group) ? badOutcome : { ok: true, report })) });
      });
    });
  };

  get waiting(): number {
    return this.#settlers.length;
  }

  /** Settle the oldest batch still waiting. */
  settle(outcome: 'commit' | Error = 'commit'): void {
    const settler = this.#settlers.shift();
    if (settler === undefined) throw new Error('no batch in flight');
    settler(outcome);
  }
}

const badOutcome: AppendOutcome = {
  ok: false,
  error: { name: 'Error', message: 'UNIQUE constraint failed: events.id' },
};
const HOUR = 3_600_000;
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommitQueue', () => {
  it('commits the appends of one tick as one batch, each resolving with its report', async () => {
    const store = new ScriptedCommit();
    const queue = new GroupCommitQueue(store.commit, { groupCommitMs: 1, maxBatch: 100 });
    const a = queue.append(events(2, 'a'));
    const b = queue.append(events(3, 'b'), [{ sourceId: 's', cursor: '9' }]);
    while (store.waiting === 0) await tick();
    expect(store.batches).toHaveLength(1);
    expect(store.batches[0]?.map((group) => group.events.length)).toEqual([2, 3]);
    expect(store.batches[0]?.[1]?.cursors).toEqual([{ sourceId: 's', cursor: '9' }]);
    store.settle();
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra).toEqual(rb);
    expect(ra).toMatchObject({ count: 5, lastId: 'b2', lastRowId: 5 });
  });

  it('sends at maxBatch without waiting for the tick, and never splits an append', async () => {
    const store = new ScriptedCommit();
    const queue = new GroupCommitQueue(store.commit, { groupCommitMs: HOUR, maxBatch: 5 });
    void queue.append(events(3, 'a'));
    expect(store.batches).toHaveLength(0);
    void queue.append(events(3, 'b'));
    expect(store.batches).toHaveLength(1);
    expect(store.batches[0]?.map((group) => group.events.length)).toEqual([3]);
    void queue.append(events(9, 'c'));
    store.settle();
    await tick();
    // b (3) then c (9) would exceed 5: b goes alone, then the oversized c alone.
    expect(store.batches[1]?.map((group) => group.events.length)).toEqual([3]);
    store.settle();
    await tick();
    expect(store.batches[2]?.map((group) => group.events.length)).toEqual([9]);
    store.settle();
    await queue.flush();
  });

  it('keeps one batch in flight and commits in call order', async () => {
    const store = new ScriptedCommit();
    const queue = new GroupCommitQueue(store.commit, { groupCommitMs: HOUR, maxBatch: 1 });
    const reports = [queue.append(events(1, 'x')), queue.append(events(1, 'y')), queue.append(events(1, 'z'))];
    expect(store.batches).toHaveLength(1);
    store.settle();
    await tick();
    expect(store.batches).toHaveLength(2);
    store.settle();
    await tick();
    store.settle();
    const ids = (await Promise.all(reports)).map((report) => report.lastId);
    expect(ids).toEqual(['x0', 'y0', 'z0']);
    expect(store.batches.flat().map((group) => group.events[0]?.id)).toEqual(['x0', 'y0', 'z0']);
  });

  it('flush sends what is queued now and resolves when it has settled', async () => {
    const store = new ScriptedCommit();
    const queue = new GroupCommitQueue(store.commit, { groupCommitMs: HOUR, maxBatch: 100 });
    const appended = queue.append(events(1));
    const flushed = queue.flush();
    expect(store.batches).toHaveLength(1);
    let done = false;
    void flushed.then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    store.settle();
    await flushed;
    await expect(appended).resolves.toMatchObject({ count: 1 });
    await expect(queue.flush()).resolves.toBeUndefined();
  });

  it('flush also waits for the batch already in flight', async () => {
    const store = new ScriptedCommit();
    const queue = new GroupCommitQueue(store.commit, { groupCommitMs: HOUR, maxBatch: 1 });
    void queue.append(events(1, 'a'));
    void queue.append(events(1, 'b'));
    let done = false;
    const flushed = queue.flush().then(() => (done = true));
    store.settle();
    await tick();
    expect(done).toBe(false);
    store.settle();
    await flushed;
    expect(done).toBe(true);
  });

  it('rejects the appends of a failed commit and keeps working for later ones', async () => {
    const store = new ScriptedCommit();
    const queue = new GroupCommitQueue(store.commit, { groupCommitMs: HOUR, maxBatch: 100 });
    const failed = queue.append(events(1, 'f'));
    void queue.flush();
    store.settle(new Error('disk I/O error'));
    await expect(failed).rejects.toThrow('disk I/O error');
    const later = queue.append(events(1, 'l'));
    void queue.flush();
    store.settle();
    await expect(later).resolves.toMatchObject({ lastId: 'l0' });
  });

  it('rejects only the append whose outcome failed', async () => {
    const store = new ScriptedCommit();
    const queue = new GroupCommitQueue(store.commit, { groupCommitMs: HOUR, maxBatch: 100 });
    const good = queue.append(events(1, 'good'));
    const bad = queue.append(events(1, 'bad'));
    void queue.flush();
    store.settle();
    await expect(good).resolves.toMatchObject({ count: 2 });
    await expect(bad).rejects.toThrow(/UNIQUE constraint/);
  });

  it('fail() rejects everything queued and every later append', async () => {
    const store = new ScriptedCommit();
    const queue = new GroupCommitQueue(store.commit, { groupCommitMs: HOUR, maxBatch: 100 });
    const queued = queue.append(events(1));
    queue.fail(new Error('store worker exited unexpectedly'));
    await expect(queued).rejects.toThrow('store worker exited unexpectedly');
    await expect(queue.append(events(1))).rejects.toThrow('store worker exited unexpectedly');
    await expect(queue.flush()).resolves.toBeUndefined();
    expect(store.batches).toHaveLength(0);
  });

  it('copies the caller arrays', async () => {
    const store = new ScriptedCommit();
    const queue = new GroupCommitQueue(store.commit, { groupCommitMs: HOUR, maxBatch: 100 });
    const batch = events(2);
    void queue.append(batch);
    batch.length = 0;
    void queue.flush();
    expect(store.batches[0]?.[0]?.events).toHaveLength(2);
    store.settle();
    await queue.flush();
  });
});
