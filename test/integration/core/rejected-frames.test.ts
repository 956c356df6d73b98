import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Bus } from '../../../src/main/bus/bus.ts';
import type { CoreTopics } from '../../../src/main/bus/core-topics.ts';
import { IngestPipeline } from '../../../src/main/core/ingest-pipeline.ts';
import { normalizeDemo } from '../../../src/main/normalize/demo/demo-normalizer.ts';
import { defaultStoreWorkerUrl, openEventStore } from '../../../src/main/store/worker-event-store.ts';
import type { CanonicalEvent } from '../../../src/shared/events/index.ts';
import { demoFrames, invalidDemoFrames } from '../../helpers/demo-fixtures.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { openReadOnly } from '../../helpers/open-db.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('invalid demo frames in a live stream', () => {
  it('become rejected events, in place, and every valid frame around them is stored', async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const dbPath = join(dir.path, 'events.db');
    const store = await openEventStore({ path: dbPath, workerUrl: defaultStoreWorkerUrl() });
    const bus = new Bus<CoreTopics>();
    const published: CanonicalEvent[] = [];
    bus.subscribe('events.committed', (e) => published.push(...e));
    const pipeline = new IngestPipeline({ store, bus });

    const good = demoFrames().slice(0, 270);
    const bad = invalidDemoFrames();
    // Interleave: a bad frame after every 30 good ones, plus a frame that makes the normalizer throw.
    const stream: string[] = [];
    good.forEach((f, i) => {
      stream.push(f);
      if (i % 30 === 29) stream.push(bad[(i / 30) | 0]!.frame);
    });
    const throwing = (frame: { payload: string }) => {
      if (frame.payload === 'boom') throw new Error('mapper bug');
      return normalizeDemo(frame as never);
    };
    stream.push('boom');
    const source = { id: 'demo', kind: 'demo' };
    stream.forEach((payload, i) => pipeline.ingestFrame(source, throwing, { receivedAt: 1_700_000_000_000 + i, payload }));
    await pipeline.drain();
    await store.close();

    const rejected = published.filter((e) => e.type === 'rejected');
    expect(rejected).toHaveLength(good.length / 30 + 1);
    expect(published).toHaveLength(stream.length);
    expect(rejected.at(-1)).toMatchObject({ raw: 'boom', data: { reason: 'normalizer failed: mapper bug' } });

    const db = openReadOnly(dbPath);
    const rows = db.prepare('SELECT type, raw FROM events ORDER BY rowid').all() as { type: string; raw: string }[];
    db.close();
    // Stored in arrival order, raw intact: the good frames are exactly the recorded ones.
    expect(rows.map((r) => r.raw)).toEqual(stream);
    expect(rows.filter((r) => r.type !== 'rejected').map((r) => r.raw)).toEqual(good);
  });
});
