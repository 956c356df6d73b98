import type { Bus, Disposer } from '../bus/bus.ts';
import type { CoreTopics } from '../bus/core-topics.ts';
import type { PushBatcher } from './push-batcher.ts';

/** Routes the bus topics a renderer sees into one receiver's batcher. Dispose when the receiver goes away. */
export function subscribePushes(bus: Bus<CoreTopics>, batcher: PushBatcher): Disposer {
  const disposers = [
    bus.subscribe('events.committed', (events) => batcher.push('events', [...events])),
    bus.subscribe('connections.changed', (list) => batcher.push('connections', [...list])),
  ];
  return () => {
    for (const d of disposers) d();
    batcher.dispose();
  };
}
