import { afterEach, describe, expect, it, vi } from 'vitest';
import { Bus } from '../../../src/main/bus/bus.ts';
import type { CoreTopics } from '../../../src/main/bus/core-topics.ts';
import { PushBatcher } from '../../../src/main/ipc/push-batcher.ts';
import { subscribePushes } from '../../../src/main/ipc/push-subscription.ts';
import type { PushBatch } from '../../../src/shared/ipc/contract.ts';
import type { CanonicalEvent } from '../../../src/shared/events/index.ts';

const ev = (id: string) => ({ id, sourceId: 's', sourceKind: 'demo', name: 'n', type: 'error', occurredAt: 1, receivedAt: 1, data: { message: id } }) as CanonicalEvent;
const conn = (state: 'connecting' | 'connected') => [{ sourceId: 's', sourceKind: 'demo', label: 'S', demo: true, state, eventsPerMinute: 0, since: 1, attempt: 0 }];

afterEach(() => vi.useRealTimers());

describe('PushBatcher', () => {
  it('sends at most one message per frame: events concatenated, only the latest connections', () => {
    vi.useFakeTimers();
    const sent: PushBatch[] = [];
    const b = new PushBatcher((batch) => sent.push(batch), 16);
    b.push('events', [ev('1')]);
    b.push('connections', conn('connecting'));
    b.push('events', [ev('2'), ev('3')]);
    b.push('connections', conn('connected'));
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(16);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual([
      { name: 'connections', payload: conn('connected') },
      { name: 'events', payload: [ev('1'), ev('2'), ev('3')] },
    ]);
    vi.advanceTimersByTime(100);
    expect(sent).toHaveLength(1);
  });

  it('sends nothing after dispose', () => {
    vi.useFakeTimers();
    const sent: PushBatch[] = [];
    const b = new PushBatcher((batch) => sent.push(batch));
    b.push('events', [ev('1')]);
    b.dispose();
    b.push('events', [ev('2')]);
    vi.advanceTimersByTime(100);
    expect(sent).toHaveLength(0);
  });
});

describe('subscribePushes', () => {
  it('routes bus topics into the batcher and removes every subscription on dispose', () => {
    vi.useFakeTimers();
    const bus = new Bus<CoreTopics>();
    const sent: PushBatch[] = [];
    const dispose = subscribePushes(bus, new PushBatcher((batch) => sent.push(batch)));
    bus.publish('events.committed', [ev('a')]);
    vi.advanceTimersByTime(16);
    expect(sent[0]).toEqual([{ name: 'events', payload: [ev('a')] }]);
    dispose();
    expect(bus.subscriberCount('events.committed')).toBe(0);
    expect(bus.subscriberCount('connections.changed')).toBe(0);
  });
});
