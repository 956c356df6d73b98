import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatConfidence,
  formatDateTime,
  formatMoney,
  formatPrice,
  formatQuantity,
  formatSignedMoney,
  prettyRaw,
} from '../../../src/renderer/src/features/event-log/event-format.ts';

describe('event formatting', () => {
  it('shows local clock time with milliseconds', () => {
    const at = new Date(2025, 0, 2, 9, 5, 7, 42).getTime();
    expect(formatClock(at)).toBe('09:05:07.042');
    expect(formatDateTime(at)).toBe('2025-01-02 09:05:07.042');
  });

  it('quotes prices in the instrument digits', () => {
    expect(formatPrice(1.0851, 5)).toBe('1.08510');
    expect(formatPrice(2345.6, 2)).toBe('2345.60');
    expect(formatPrice(151.2, 3)).toBe('151.200');
    expect(formatPrice(97000, 0)).toBe('97000');
  });

  it('shows prices as sent when digits are unknown', () => {
    expect(formatPrice(1.085)).toBe('1.085');
    expect(formatPrice(67012.5)).toBe('67012.5');
  });

  it('groups money and signs P&L', () => {
    expect(formatMoney(10000)).toBe('10,000.00');
    expect(formatMoney(-1234.567)).toBe('-1,234.57');
    expect(formatSignedMoney(25)).toBe('+25.00');
    expect(formatSignedMoney(-3.1)).toBe('-3.10');
    expect(formatSignedMoney(0)).toBe('0.00');
    expect(formatSignedMoney(-0.001)).toBe('0.00');
  });

  it('formats quantities and confidence', () => {
    expect(formatQuantity(0.1)).toBe('0.1');
    expect(formatQuantity(2)).toBe('2');
    expect(formatConfidence(0.85)).toBe('85%');
    expect(formatConfidence(85)).toBe('85%');
    expect(formatConfidence(72.55)).toBe('72.6%');
  });

  it('pretty-prints JSON raw payloads and leaves other text alone', () => {
    expect(prettyRaw('{"a":1,"b":[2]}')).toBe('{\n  "a": 1,\n  "b": [\n    2\n  ]\n}');
    expect(prettyRaw('42["trade",{"x":1}')).toBe('42["trade",{"x":1}');
    expect(prettyRaw('plain text')).toBe('plain text');
  });
});
