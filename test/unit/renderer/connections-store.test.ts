import { describe, expect, it } from 'vitest';
import type { LinkStatus } from '../../../src/renderer/src/api/link-status.ts';
import { createAppInfoStore } from '../../../src/renderer/src/app/app-info-store.ts';
import { createConnectionsStore } from '../../../src/renderer/src/features/connections/connections-store.ts';
import { createStore } from '../../../src/renderer/src/lib/store.ts';
import { connection } from './connection-info.ts';
import { fakeApi, settle } from './fake-api.ts';

describe('connections store', () => {
  it('loads on open and follows pushes', async () => {
    const fake = fakeApi();
    const store = createConnectionsStore(fake.api, createStore<LinkStatus>({ state: 'open' }));
    expect(fake.calls[0]).toMatchObject({ name: 'connections.list', request: {} });
    fake.calls[0]!.resolve([connection({ state: 'connecting' })]);
    await settle();
    expect(store.state.get()).toMatchObject({ loaded: true, list: [{ state: 'connecting' }] });
    fake.push([{ name: 'connections', payload: [connection({ state: 'connected' })] }]);
    expect(store.state.get().list[0]?.state).toBe('connected');
  });

  it('ignores a list answer older than a push', async () => {
    const fake = fakeApi();
    const store = createConnectionsStore(fake.api, createStore<LinkStatus>({ state: 'open' }));
    fake.push([{ name: 'connections', payload: [connection({ state: 'stale' })] }]);
    fake.calls[0]!.resolve([connection({ state: 'connecting' })]);
    await settle();
    expect(store.state.get().list[0]?.state).toBe('stale');
  });

  it('asks again after a reconnect and reports failures', async () => {
    const fake = fakeApi();
    const link = createStore<LinkStatus>({ state: 'connecting', attempt: 1, reconnect: false });
    const store = createConnectionsStore(fake.api, link);
    expect(fake.calls).toHaveLength(0);
    link.set({ state: 'open' });
    fake.calls[0]!.reject(new Error('connection to host closed'));
    await settle();
    expect(store.state.get().error).toBe('connection to host closed');
    link.set({ state: 'waiting', attempt: 1, retryAt: 0, reason: 'x' });
    link.set({ state: 'open' });
    fake.calls[1]!.resolve([connection()]);
    await settle();
    expect(store.state.get()).toMatchObject({ loaded: true, error: undefined });
  });
});

describe('app info store', () => {
  it('asks on every open', async () => {
    const fake = fakeApi();
    const link = createStore<LinkStatus>({ state: 'open' });
    const { state } = createAppInfoStore(fake.api, link);
    fake.calls[0]!.resolve({ version: '0.1.0', demo: true, dbPath: '/x.db' });
    await settle();
    expect(state.get()).toEqual({ version: '0.1.0', demo: true, dbPath: '/x.db' });
    link.set({ state: 'waiting', attempt: 1, retryAt: 0, reason: 'x' });
    link.set({ state: 'open' });
    expect(fake.calls.map((c) => c.name)).toEqual(['app.info', 'app.info']);
  });
});
