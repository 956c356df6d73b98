import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, backoffDelay, resolveBackoff } from '../../../../src/main/sources/reconnect/backoff.ts';

const noJitter = resolveBackoff({ initialMs: 100, factor: 2, maxMs: 1_000, jitter: 0 });

describe('backoffDelay', () => {
  it('grows by factor and is capped at maxMs', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, noJitter, () => 0.5));
    expect(delays).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });

  it('stays capped for absurd attempt numbers (no Infinity/NaN)', () => {
    expect(backoffDelay(10_000, noJitter, () => 0)).toBe(1_000);
    expect(backoffDelay(10_000, { ...noJitter, initialMs: 0 }, () => 0)).toBe(0);
  });

  it('keeps jittered delays within [base × (1 − jitter), base]', () => {
    const policy = resolveBackoff({ initialMs: 1_000, factor: 2, maxMs: 8_000, jitter: 0.3 });
    let seed = 42;
    const random = (): number => ((seed = (seed * 16_807) % 2_147_483_647) - 1) / 2_147_483_646;
    for (let attempt = 1; attempt <= 6; attempt++) {
      const base = Math.min(8_000, 1_000 * 2 ** (attempt - 1));
      for (let i = 0; i < 500; i++) {
        const delay = backoffDelay(attempt, policy, random);
        expect(delay).toBeGreaterThanOrEqual(Math.round(base * 0.7));
        expect(delay).toBeLessThanOrEqual(base);
      }
    }
    expect(backoffDelay(1, policy, () => 0)).toBe(1_000);
    expect(backoffDelay(1, policy, () => 0.999_999)).toBe(700);
  });

  it('full jitter (1) spans 0..base, and a misbehaving random is clamped', () => {
    const full = { ...noJitter, jitter: 1 };
    expect(backoffDelay(2, full, () => 0)).toBe(200);
    expect(backoffDelay(2, full, () => 1)).toBe(0);
    expect(backoffDelay(2, full, () => 7)).toBe(0);
    expect(backoffDelay(2, full, () => -3)).toBe(200);
  });

  it('rejects attempt numbers below 1', () => {
    expect(() => backoffDelay(0, noJitter, Math.random)).toThrow(RangeError);
    expect(() => backoffDelay(1.5, noJitter, Math.random)).toThrow(RangeError);
  });
});

describe('resolveBackoff', () => {
  it('fills defaults and ignores explicit undefined', () => {
    expect(resolveBackoff()).toEqual({ initialMs: 500, maxMs: 30_000, factor: 2, jitter: 0.3 });
    expect(resolveBackoff({ initialMs: undefined, maxAttempts: 5 })).toEqual({ ...DEFAULT_BACKOFF, maxAttempts: 5 });
  });

  it.each([
    [{ initialMs: -1 }],
    [{ initialMs: 100, maxMs: 50 }],
    [{ factor: 0.5 }],
    [{ jitter: 1.5 }],
    [{ jitter: Number.NaN }],
    [{ maxAttempts: -1 }],
    [{ maxAttempts: 2.5 }],
  ])('rejects %o', (overrides) => {
    expect(() => resolveBackoff(overrides)).toThrow(RangeError);
  });
});
