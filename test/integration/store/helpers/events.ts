import { CanonicalEventSchema, type CanonicalEvent } from '../../../../src/shared/events/index.ts';

/** Any envelope or data fields; the result is schema-checked, so a wrong pairing fails loudly. */
export type EventFields = Record<string, unknown>;

let counter = 0;

/** A valid event (checked against the schema) with sensible defaults; override any field. */
export function makeEvent(overrides: EventFields = {}): CanonicalEvent {
  counter += 1;
  return CanonicalEventSchema.parse({
    id: `evt-${counter}`,
    sourceId: 'executor-1',
    sourceKind: 'demo',
    type: 'notice',
    name: 'notification',
    occurredAt: 1_700_000_000_000 + counter,
    receivedAt: 1_700_000_000_000 + counter,
    data: { level: 'info', message: 'hello' },
    ...overrides,
  });
}

export function signal(overrides: EventFields = {}): CanonicalEvent {
  return makeEvent({
    type: 'signal',
    name: 'trading-signal',
    channel: 'executor-1',
    symbol: 'EURUSD',
    seq: 7,
    data: { side: 'buy', entryPrice: 1.0842, strategy: 'Breakout Alpha', reason: 'Close above the 20-bar high' },
    raw: '{"event":"trading-signal"}',
    ...overrides,
  });
}

export function price(overrides: EventFields = {}): CanonicalEvent {
  return makeEvent({
    type: 'price',
    name: 'price_update',
    symbol: 'BTCUSDT',
    data: { bid: 64000.5, ask: 64001 },
    ...overrides,
  });
}
