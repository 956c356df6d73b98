import { describe, expect, it } from 'vitest';
import {
  applyFilter,
  isFiltering,
  matchesFilter,
  NO_FILTER,
  toggle,
} from '../../../src/renderer/src/features/event-log/event-filter.ts';
import { makeEvent, price } from './make-event.ts';

const events = [
  price('EURUSD', 1, 2, { sourceId: 'demo' }),
  makeEvent('signal', { side: 'buy' }, { sourceId: 'exec', symbol: 'EURUSD' }),
  makeEvent('account', { balance: 1, equity: 1 }, { sourceId: 'exec' }),
  price('XAUUSD', 1, 2, { sourceId: 'exec' }),
];

describe('event filter', () => {
  it('shows everything when nothing is selected, as the same array', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(applyFilter(events, NO_FILTER)).toBe(events);
  });

  it('filters by source', () => {
    const out = applyFilter(events, { sources: new Set(['exec']), types: new Set(), typeMode: 'only' as const });
    expect(out.map((e) => e.type)).toEqual(['signal', 'account', 'price']);
  });

  it('filters by type, several at once', () => {
    const out = applyFilter(events, {
      sources: new Set(),
      types: new Set(['price', 'signal'] as const),
      typeMode: 'only' as const,
    });
    expect(out.map((e) => e.type)).toEqual(['price', 'signal', 'price']);
  });

  it('combines source and type with AND', () => {
    const filter = { sources: new Set(['exec']), types: new Set(['price'] as const), typeMode: 'only' as const };
    expect(applyFilter(events, filter)).toEqual([events[3]]);
    expect(matchesFilter(events[0]!, filter)).toBe(false);
  });

  it('hides the selected types in hide mode', () => {
    const out = applyFilter(events, { sources: new Set(), types: new Set(['price'] as const), typeMode: 'hide' });
    expect(out.map((e) => e.type)).toEqual(['signal', 'account']);
  });

  it('toggles set members without mutating', () => {
    const a = new Set(['x']);
    const b = toggle(a, 'y');
    expect([...b]).toEqual(['x', 'y']);
    expect([...toggle(b, 'x')]).toEqual(['y']);
    expect([...a]).toEqual(['x']);
  });
});
