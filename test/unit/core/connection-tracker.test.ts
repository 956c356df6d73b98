import { describe, expect, it } from 'vitest';
import { ConnectionTracker } from '../../../src/main/core/connection-tracker.ts';

describe('ConnectionTracker', () => {
  it('tracks state, time in state and attempts', () => {
    let now = 1_000_000;
    const t = new ConnectionTracker(() => now);
    t.register({ id: 'a', kind: 'demo', label: 'A', demo: true });
    expect(t.setState('a', { state: 'connecting', attempt: 1 })).toBe('idle');
    now += 500;
    expect(t.setState('a', { state: 'connecting', attempt: 1 })).toBeUndefined();
    expect(t.list()[0]).toMatchObject({ state: 'connecting', since: 1_000_000, attempt: 1 });
    now += 500;
    t.setState('a', { state: 'connected', detail: 'ok' });
    expect(t.list()[0]).toMatchObject({ state: 'connected', since: 1_001_000, attempt: 0, detail: 'ok', demo: true });
  });

  it('counts events over a sliding 60 s window and remembers the last one', () => {
    let now = 5_000_000;
    const t = new ConnectionTracker(() => now);
    t.register({ id: 'a', kind: 'demo', label: 'A', demo: true });
    t.recordEvents('a', 10, now);
    now += 30_000;
    t.recordEvents('a', 5, now);
    expect(t.list()[0]).toMatchObject({ eventsPerMinute: 15, lastEventAt: now });
    now += 31_000;
    expect(t.list()[0]!.eventsPerMinute).toBe(5);
    now += 60_000;
    expect(t.list()[0]!.eventsPerMinute).toBe(0);
  });

  it('forgets unregistered sources', () => {
    const t = new ConnectionTracker(() => 0);
    t.register({ id: 'a', kind: 'demo', label: 'A', demo: true });
    t.unregister('a');
    expect(t.list()).toEqual([]);
    expect(t.setState('a', { state: 'connected' })).toBeUndefined();
  });
});
