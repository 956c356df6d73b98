import { describe, expect, it } from 'vitest';
import { CanonicalEventSchema } from '../../../src/shared/events/index.ts';
import { dataStrings, SEARCH_TEXT_LIMITS, searchRow } from '../../../src/main/store/search-text.ts';

describe('searchRow', () => {
  it('takes the envelope fields and the string values of data', () => {
    const event = CanonicalEventSchema.parse({
      id: 'e1',
      sourceId: 'bots',
      sourceKind: 'demo',
      type: 'signal',
      name: 'trading-signal',
      channel: 'executor-7',
      symbol: 'XAUUSD',
      occurredAt: 1,
      receivedAt: 1,
      data: {
        side: 'sell',
        entryPrice: 2350.5,
        strategy: 'Mean Revert',
        reason: 'RSI above 70',
        indicators: { rsi: 71 },
      },
    });
    expect(searchRow(event)).toEqual({
      name: 'trading-signal',
      type: 'signal',
      symbol: 'XAUUSD',
      source_id: 'bots',
      channel: 'executor-7',
      body: 'sell Mean Revert RSI above 70',
    });
  });

  it('gives null for absent symbol and channel', () => {
    const event = CanonicalEventSchema.parse({
      id: 'e2',
      sourceId: 's',
      sourceKind: 'demo',
      type: 'error',
      name: 'error',
      occurredAt: 1,
      receivedAt: 1,
      data: { message: 'socket closed' },
    });
    expect(searchRow(event)).toMatchObject({ symbol: null, channel: null, body: 'socket closed' });
  });
});

describe('dataStrings', () => {
  it('walks nested objects and arrays, skipping keys, numbers and booleans', () => {
    expect(dataStrings({ a: 'one', b: [{ c: 'two', d: 3 }, 'three', true, null], e: { f: { g: 'four' } } })).toEqual([
      'one',
      'two',
      'three',
      'four',
    ]);
  });

  it('stops at the depth limit', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < SEARCH_TEXT_LIMITS.maxDepth + 2; i++) deep = { next: deep, label: `level${i}` };
    const found = dataStrings(deep);
    expect(found).not.toContain('bottom');
    expect(found.length).toBeLessThanOrEqual(SEARCH_TEXT_LIMITS.maxDepth);
  });

  it('stops at the string and character limits', () => {
    expect(dataStrings(Array.from({ length: 1000 }, (_, i) => `w${i}`))).toHaveLength(SEARCH_TEXT_LIMITS.maxStrings);
    const long = dataStrings(['x'.repeat(5000), 'y'.repeat(5000), 'z']);
    expect(long.join('').length).toBe(SEARCH_TEXT_LIMITS.maxChars);
    expect(long).not.toContain('z');
  });
});
