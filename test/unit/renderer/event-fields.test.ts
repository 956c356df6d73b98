import { describe, expect, it } from 'vitest';
import { dataFields, envelopeFields } from '../../../src/renderer/src/features/event-log/event-fields.ts';
import { makeEvent } from './make-event.ts';

describe('event detail fields', () => {
  it('lists the envelope, optional fields only when present', () => {
    const event = makeEvent(
      'price',
      { bid: 1, ask: 2 },
      { id: 'e1', symbol: 'EURUSD', seq: 7, occurredAt: 1000, receivedAt: 1012 },
    );
    const names = envelopeFields(event).map((f) => f.name);
    expect(names).toEqual([
      'id',
      'type',
      'name',
      'sourceId',
      'sourceKind',
      'seq',
      'symbol',
      'occurredAt',
      'receivedAt',
      'latency',
    ]);
    expect(envelopeFields(event).find((f) => f.name === 'latency')?.value).toBe('12 ms');
  });

  it('shows every data field, nested ones as JSON', () => {
    const event = makeEvent('signal', { side: 'buy', indicators: { rsi: 30 }, reason: 'cross' });
    expect(dataFields(event)).toEqual([
      { name: 'side', value: 'buy' },
      { name: 'indicators', value: '{"rsi":30}' },
      { name: 'reason', value: 'cross' },
    ]);
  });
});
