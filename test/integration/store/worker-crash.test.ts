import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventStore } from '../../../src/main/store/event-store.ts';
import { openEventStore } from '../../../src/main/store/worker-event-store.ts';
import { makeEvent } from './helpers/events.ts';
import { makeTempDir } from './helpers/temp-dir.ts';

const crashingWorker = new URL('./fixtures/crashing-store-worker.ts', import.meta.url);

describe('store worker dying', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: EventStore;

  beforeEach(async () => {
    temp = makeTempDir();
    store = await openEventStore({ path: temp.file('events.db'), workerUrl: crashingWorker, groupCommitMs: 3_600_000 });
    const committed = store.append([makeEvent({ id: 'before-crash' })]);
    await store.flush();
    await committed;
  });
  afterEach(async () => {
    await store.close();
    temp.cleanup();
  });

  for (const how of ['exit', 'throw'] as const) {
    it(`rejects in-flight, queued and later appends with a clear error (${how})`, async () => {
      const store_ = store;
      const inFlight = store_.append([makeEvent({ id: `crash-${how}` })]);
      void store_.flush();
      // Queued behind the batch that kills the worker.
      const queued = store_.append([makeEvent({ id: 'queued' })]);

      const expected =
        how === 'exit' ? /store worker exited unexpectedly \(exit code 70\)/ : /store worker crashed: simulated fault/;
      await expect(inFlight).rejects.toThrow(expected);
      await expect(queued).rejects.toThrow(expected);
      await expect(store_.append([makeEvent({ id: 'later' })])).rejects.toThrow(expected);
      await expect(store_.query({})).rejects.toThrow(expected);
      await expect(store_.flush()).resolves.toBeUndefined();
    });
  }

  it('kept what was committed before the crash', async () => {
    const crashed = store.append([makeEvent({ id: 'crash-exit-now' })]);
    await store.flush();
    await expect(crashed).rejects.toThrow(/exited unexpectedly/);
    await store.close();
    store = await openEventStore({ path: temp.file('events.db'), workerUrl: crashingWorker });
    expect((await store.query({})).events.map((event) => event.id)).toEqual(['before-crash']);
  });
});
