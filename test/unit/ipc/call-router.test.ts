import { describe, expect, it } from 'vitest';
import { createCallRouter, type CallHandlers } from '../../../src/main/ipc/call-router.ts';
import { EMPTY_PROFILES } from '../../../src/main/profiles/profile-repository.ts';

function handlers(overrides: Partial<CallHandlers> = {}): CallHandlers {
  return {
    'app.info': async () => ({ version: '1.0.0', demo: true, dbPath: '/x.db' }),
    'events.query': async (q) => ({ events: [], ...(q.limit === 1 && { next: { occurredAt: 1, rowId: 1 } }) }),
    'connections.list': async () => [],
    'profiles.export': async () => EMPTY_PROFILES,
    'profiles.import': async ({ file }) => ({ count: file.profiles.length }),
    ...overrides,
  };
}

describe('call router', () => {
  it('refuses names outside the contract, including prototype keys', async () => {
    const router = createCallRouter(handlers());
    for (const name of ['nope', 'toString', '__proto__', 42, undefined]) {
      const r = await router.handle(name, {});
      expect(r.ok).toBe(false);
    }
  });

  it('refuses payloads that fail the schema, naming the field', async () => {
    const router = createCallRouter(handlers());
    const r = await router.handle('events.query', { limit: 100_000 });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/invalid request for 'events.query': limit/);
    expect((await router.handle('app.info', { extra: 1 })).ok).toBe(false);
    expect((await router.handle('events.query', 'text')).ok).toBe(false);
  });

  it('passes the parsed request (defaults applied) to the handler', async () => {
    let seen: unknown;
    const router = createCallRouter(handlers({ 'events.query': async (q) => ((seen = q), { events: [] }) }));
    expect(await router.handle('events.query', { types: ['price'] })).toEqual({ ok: true, value: { events: [] } });
    expect(seen).toEqual({ types: ['price'], limit: 100 });
  });

  it('returns handler failures as error values and reports them', async () => {
    const reported: string[] = [];
    const router = createCallRouter(
      handlers({
        'app.info': async () => {
          throw new Error('disk on fire');
        },
      }),
      (name) => reported.push(name),
    );
    expect(await router.handle('app.info', {})).toEqual({ ok: false, error: 'disk on fire' });
    expect(reported).toEqual(['app.info']);
  });
});
