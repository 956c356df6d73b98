import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createCore } from '../../../src/main/core/create-core.ts';
import type { Core } from '../../../src/main/core/core.ts';
import { createMemoryProfileRepository } from '../../../src/main/profiles/profile-repository.ts';
import { defaultStoreWorkerUrl } from '../../../src/main/store/worker-event-store.ts';
import type { CanonicalEvent } from '../../../src/shared/events/index.ts';
import type { ConnectionInfo } from '../../../src/shared/connections/connection-info.ts';
import { ProfilesFileSchema } from '../../../src/shared/profiles/profile-schema.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { waitFor } from '../../helpers/wait-for.ts';
import { countByType, openReadOnly } from '../../helpers/open-db.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function startCore(profiles = createMemoryProfileRepository()): Promise<{ core: Core; dbPath: string; seen: CanonicalEvent[]; connections: ConnectionInfo[][] }> {
  const dir = tempDir();
  cleanups.push(dir.remove);
  const dbPath = join(dir.path, 'events.db');
  const core = await createCore({ dbPath, storeWorkerUrl: defaultStoreWorkerUrl(), profiles, secrets: { get: async () => undefined }, appVersion: 'test' });
  const seen: CanonicalEvent[] = [];
  const connections: ConnectionInfo[][] = [];
  core.bus.subscribe('events.committed', (events) => seen.push(...events));
  core.bus.subscribe('connections.changed', (list) => connections.push([...list]));
  await core.start();
  cleanups.push(() => core.stop());
  return { core, dbPath, seen, connections };
}

const REQUIRED = ['price', 'candle', 'signal', 'signal-status', 'position-opened', 'position-closed', 'account', 'strategy-status', 'connection'];

describe('core under Node: demo -> store -> bus', () => {
  it('runs the demo when nothing is configured and publishes only committed events', async () => {
    const { core, dbPath, seen, connections } = await startCore();
    await waitFor(() => REQUIRED.every((t) => seen.some((e) => e.type === t)), 'every demo event type on the bus');
    expect(await core.router.handle('app.info', {})).toMatchObject({ ok: true, value: { demo: true, dbPath } });

    // Every event the bus delivered is already in the store: query them back by id.
    const page = await core.router.handle('events.query', { limit: 500 });
    expect(page.ok).toBe(true);
    const stored = new Set(((page.ok && page.value) as { events: CanonicalEvent[] }).events.map((e) => e.id));
    for (const e of seen.slice(-100)) expect(stored.has(e.id)).toBe(true);

    const demo = connections.at(-1)?.find((c) => c.sourceId === 'demo');
    expect(demo).toMatchObject({ state: 'connected', demo: true, label: 'Demo feed' });
    const states = seen.filter((e) => e.type === 'connection').map((e) => e.type === 'connection' && e.data.state);
    expect(states.slice(0, 2)).toEqual(['connecting', 'connected']);

    await core.stop();
    cleanups.pop();
    const db = openReadOnly(dbPath);
    const counts = countByType(db);
    for (const t of REQUIRED) expect(counts[t], t).toBeGreaterThan(0);
    // The final state change is committed during stop.
    const last = db.prepare("SELECT data FROM events WHERE type = 'connection' ORDER BY rowid DESC LIMIT 1").get() as { data: string };
    expect(JSON.parse(last.data).state).toBe('stopped');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(seen.length);
    db.close();
  });

  it('runs configured profiles instead of the default demo, and restarts on import', async () => {
    const profiles = createMemoryProfileRepository(
      ProfilesFileSchema.parse({ format: 'tradewatch-profiles', version: 1, profiles: [{ id: 'fast', kind: 'demo', label: 'Fast demo', settings: { speed: 4, seed: 1 } }] }),
    );
    const { core, seen } = await startCore(profiles);
    await waitFor(() => seen.some((e) => e.sourceId === 'fast' && e.type === 'price'), 'events from the configured profile');
    expect(seen.some((e) => e.sourceId === 'demo')).toBe(false);

    const file = { format: 'tradewatch-profiles', version: 1, profiles: [{ id: 'other', kind: 'demo', label: 'Other', settings: { speed: 2, seed: 2 } }] };
    expect(await core.router.handle('profiles.import', { file })).toEqual({ ok: true, value: { count: 1 } });
    await waitFor(() => seen.some((e) => e.sourceId === 'other' && e.type === 'price'), 'events from the imported profile');
    const exported = await core.router.handle('profiles.export', {});
    expect(exported.ok && (exported.value as { profiles: { id: string }[] }).profiles.map((p) => p.id)).toEqual(['other']);
    const list = await core.router.handle('connections.list', {});
    expect(list.ok && (list.value as ConnectionInfo[]).map((c) => c.sourceId)).toEqual(['other']);
  });

  it('refuses an invalid import and keeps the running profiles', async () => {
    const { core } = await startCore();
    const r = await core.router.handle('profiles.import', { file: { format: 'tradewatch-profiles', version: 1, profiles: [{ id: 'x', kind: 'demo', label: 'X', apiKey: 'secret' }] } });
    expect(r.ok).toBe(false);
    const list = await core.router.handle('connections.list', {});
    expect(list.ok && (list.value as ConnectionInfo[]).map((c) => c.sourceId)).toEqual(['demo']);
  });
});
