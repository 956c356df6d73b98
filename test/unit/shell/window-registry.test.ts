import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Bus } from '../../../src/main/bus/bus.ts';
import type { CoreTopics } from '../../../src/main/bus/core-topics.ts';
import type { CanonicalEvent } from '../../../src/shared/events/index.ts';
import type { ConnectionInfo } from '../../../src/shared/connections/connection-info.ts';
import type { PushBatch } from '../../../src/shared/ipc/contract.ts';
import { WindowRegistry } from '../../../src/main/shell/window-registry.ts';

const event = (id: string) => ({ id }) as unknown as CanonicalEvent;
const connections = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}` }) as unknown as ConnectionInfo);

function subscribers(bus: Bus<CoreTopics>): number {
  return bus.subscriberCount('events.committed') + bus.subscriberCount('connections.changed');
}

describe('WindowRegistry', () => {
  let bus: Bus<CoreTopics>;
  let registry: WindowRegistry;

  beforeEach(() => {
    vi.useFakeTimers();
    bus = new Bus<CoreTopics>();
    registry = new WindowRegistry(bus, 16);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('trusts exactly the windows added', () => {
    registry.add(3, () => {});
    expect(registry.has(3)).toBe(true);
    expect(registry.has(4)).toBe(false);
    registry.remove(3);
    expect(registry.has(3)).toBe(false);
  });

  it('batches bus traffic into one message per frame per window', () => {
    const a: PushBatch[] = [];
    const b: PushBatch[] = [];
    registry.add(1, (batch) => a.push(batch));
    registry.add(2, (batch) => b.push(batch));
    bus.publish('events.committed', [event('e1')]);
    bus.publish('connections.changed', connections(1));
    bus.publish('events.committed', [event('e2'), event('e3')]);
    bus.publish('connections.changed', connections(2));
    expect(a).toHaveLength(0);
    vi.advanceTimersByTime(16);
    const expected: PushBatch = [
      { name: 'connections', payload: connections(2) },
      { name: 'events', payload: [event('e1'), event('e2'), event('e3')] },
    ];
    expect(a).toEqual([expected]);
    expect(b).toEqual([expected]);
  });

  it('unsubscribes a removed window and drops what was pending for it', () => {
    const sent: PushBatch[] = [];
    registry.add(1, (batch) => sent.push(batch));
    expect(subscribers(bus)).toBe(2);
    bus.publish('events.committed', [event('e1')]);
    registry.remove(1);
    expect(subscribers(bus)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    bus.publish('events.committed', [event('e2')]);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([]);
    registry.remove(1); // second removal is harmless
    expect(registry.size).toBe(0);
  });

  it('replaces, not duplicates, a window added twice', () => {
    const first = vi.fn();
    const second = vi.fn();
    registry.add(1, first);
    registry.add(1, second);
    expect(subscribers(bus)).toBe(2);
    bus.publish('events.committed', [event('e1')]);
    vi.advanceTimersByTime(16);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('clear() leaves no subscriptions or timers behind', () => {
    registry.add(1, () => {});
    registry.add(2, () => {});
    bus.publish('connections.changed', connections(1));
    registry.clear();
    expect(registry.size).toBe(0);
    expect(subscribers(bus)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
