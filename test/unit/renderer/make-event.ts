import type { CanonicalEvent, EventOf, EventType } from '../../../src/shared/events/index.ts';

let counter = 0;

/** A canonical event with sensible envelope defaults; tests override what they care about. */
export function makeEvent<T extends EventType>(
  type: T,
  data: EventOf<T>['data'],
  over: Partial<Omit<EventOf<T>, 'type' | 'data'>> = {},
): EventOf<T> {
  counter += 1;
  return {
    id: `ev-${counter}`,
    sourceId: 'demo',
    sourceKind: 'demo',
    name: type,
    occurredAt: 1_700_000_000_000 + counter,
    receivedAt: 1_700_000_000_000 + counter,
    ...over,
    type,
    data,
  } as EventOf<T>;
}

export function price(
  symbol: string,
  bid: number,
  ask: number,
  over: Partial<Omit<EventOf<'price'>, 'type' | 'data'>> = {},
): CanonicalEvent {
  return makeEvent('price', { bid, ask, digits: 5 }, { symbol, ...over });
}
