import { describe, expect, it } from 'vitest';
import type { LinkStatus } from '../../../src/renderer/src/api/link-status.ts';
import { createLiveEventStore } from '../../../src/renderer/src/features/event-log/live-event-store.ts';
import { createStore } from '../../../src/renderer/src/lib/store.ts';
import type { CanonicalEvent } from '../../../src/shared/events/index.ts';
import { fakeApi, settle } from './fake-api.ts';
import { makeEvent, price } from './make-event.ts';

function setup(options: { capacity?: number; link?: LinkStatus } = {}) {
  const fake = fakeApi();
  const link = createStore<LinkStatus>(options.link ?? { state: 'open' });
  const frames: (() => void)[] = [];
  const store = createLiveEventStore({
    api: fake.api,
    link,
    capacity: options.capacity ?? 100,
    scheduleFrame: (apply) => frames.push(apply),
  });
  const runFrame = () => {
    for (const apply of frames.splice(0)) apply();
  };
  const ids = () => store.state.get().events.map((e) => e.id);
  const pushEvents = (events: CanonicalEvent[]) => fake.push([{ name: 'events', payload: events }]);
  return { fake, link, frames, store, runFrame, ids, pushEvents };
}

describe('live event store', () => {
  it('loads the newest 200 on start, shown newest first', async () => {
    const { fake, store, ids } = setup();
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]).toMatchObject({ name: 'events.query', request: { limit: 200 } });
    expect(store.state.get().loading).toBe(true);
    const older = price('EURUSD', 1, 2);
    const newer = price('EURUSD', 1, 2);
    fake.calls[0]!.resolve({ events: [newer, older] });
    await settle();
    expect(store.state.get().loading).toBe(false);
    expect(ids()).toEqual([newer.id, older.id]);
  });

  it('applies pushed batches at most once per frame', () => {
    const { frames, runFrame, ids, pushEvents, store } = setup();
    const a = price('EURUSD', 1, 2);
    const b = price('EURUSD', 1, 2);
    const c = price('EURUSD', 1, 2);
    pushEvents([a]);
    pushEvents([b, c]);
    expect(frames).toHaveLength(1);
    const before = store.state.get();
    expect(before.events).toEqual([]);
    runFrame();
    expect(ids()).toEqual([c.id, b.id, a.id]);
  });

  it('does not show an event twice when it is both pushed and in the first page', async () => {
    const { fake, runFrame, ids, pushEvents } = setup();
    const old = price('EURUSD', 1, 2);
    const both = price('EURUSD', 1, 2);
    const fresh = price('EURUSD', 1, 2);
    pushEvents([both, fresh]);
    runFrame();
    fake.calls[0]!.resolve({ events: [both, old] });
    await settle();
    expect(ids()).toEqual([fresh.id, both.id, old.id]);
  });

  it('ignores a push of an event the first page already had (pushes lag commits by a frame)', async () => {
    const { fake, runFrame, ids, pushEvents, frames } = setup();
    const stored = price('EURUSD', 1, 2);
    fake.calls[0]!.resolve({ events: [stored] });
    await settle();
    const fresh = price('EURUSD', 1, 2);
    pushEvents([stored, fresh]);
    runFrame();
    pushEvents([fresh]);
    runFrame();
    expect(ids()).toEqual([fresh.id, stored.id]);
    expect(frames).toHaveLength(0);
  });

  it('can hold an id again once it has been evicted', () => {
    const { runFrame, ids, pushEvents } = setup({ capacity: 2 });
    const a = price('EURUSD', 1, 2);
    pushEvents([a, price('EURUSD', 1, 2), price('EURUSD', 1, 2)]);
    runFrame();
    pushEvents([a]);
    runFrame();
    expect(ids()[0]).toBe(a.id);
  });

  it('keeps only the newest `capacity` events', () => {
    const { runFrame, ids, pushEvents } = setup({ capacity: 3 });
    const events = Array.from({ length: 10 }, () => price('EURUSD', 1, 2));
    pushEvents(events);
    runFrame();
    expect(ids()).toEqual([events[9]!.id, events[8]!.id, events[7]!.id]);
  });

  it('bounds what waits for a frame when frames stop (hidden window)', () => {
    const { runFrame, ids, pushEvents } = setup({ capacity: 5 });
    const all: CanonicalEvent[] = [];
    for (let i = 0; i < 50; i++) {
      const e = price('EURUSD', 1, 2);
      all.push(e);
      pushEvents([e]);
    }
    runFrame();
    expect(ids()).toEqual(
      all
        .slice(-5)
        .reverse()
        .map((e) => e.id),
    );
  });

  it('pause freezes the view and counts arrivals; resume shows them', () => {
    const { store, runFrame, ids, pushEvents } = setup();
    const first = price('EURUSD', 1, 2);
    pushEvents([first]);
    runFrame();
    store.setPaused(true);
    const later = [price('EURUSD', 1, 2), price('EURUSD', 1, 2)];
    pushEvents(later);
    runFrame();
    pushEvents([price('GBPUSD', 1, 2)]);
    runFrame();
    expect(ids()).toEqual([first.id]);
    expect(store.state.get().newWhilePaused).toBe(3);
    store.setPaused(false);
    expect(store.state.get().newWhilePaused).toBe(0);
    expect(ids()).toHaveLength(4);
  });

  it('learns sources, types and symbol digits for filters and formatting', () => {
    const { store, runFrame, pushEvents } = setup();
    pushEvents([
      makeEvent('price', { bid: 1, ask: 2, digits: 3 }, { symbol: 'USDJPY', sourceId: 'b' }),
      makeEvent('signal', { side: 'buy' }, { symbol: 'USDJPY', sourceId: 'a' }),
    ]);
    runFrame();
    const state = store.state.get();
    expect(state.sourcesSeen).toEqual(['a', 'b']);
    expect(state.typesSeen).toEqual(['price', 'signal']);
    expect(state.digits.get('USDJPY')).toBe(3);
  });

  it('waits for the link, then reloads after each reconnect and fills the gap in order', async () => {
    const { fake, link, runFrame, ids, pushEvents } = setup({
      link: { state: 'connecting', attempt: 1, reconnect: false },
    });
    expect(fake.calls).toHaveLength(0);
    link.set({ state: 'open' });
    expect(fake.calls).toHaveLength(1);
    const before = price('EURUSD', 1, 2, { receivedAt: 100 });
    fake.calls[0]!.resolve({ events: [before] });
    await settle();

    link.set({ state: 'waiting', attempt: 2, retryAt: 0, reason: 'code 1006' });
    link.set({ state: 'open' });
    expect(fake.calls).toHaveLength(2);
    // Pushed right after the reconnect, before the history answer.
    const after = price('EURUSD', 1, 2, { receivedAt: 300 });
    pushEvents([after]);
    runFrame();
    const missed = price('EURUSD', 1, 2, { receivedAt: 200 });
    fake.calls[1]!.resolve({ events: [after, missed, before] });
    await settle();
    expect(ids()).toEqual([after.id, missed.id, before.id]);
  });

  it('reports a failed load and keeps live events coming', async () => {
    const { fake, store, runFrame, pushEvents, ids } = setup();
    fake.calls[0]!.reject(new Error('store closed'));
    await settle();
    expect(store.state.get()).toMatchObject({ loading: false, loadError: 'store closed' });
    const e = price('EURUSD', 1, 2);
    pushEvents([e]);
    runFrame();
    expect(ids()).toEqual([e.id]);
  });

  it('stops listening on dispose', () => {
    const { fake, store } = setup();
    expect(fake.listenerCount()).toBe(1);
    store.dispose();
    expect(fake.listenerCount()).toBe(0);
  });
});
