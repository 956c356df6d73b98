import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/renderer/src/api/backoff.ts';

const options = { initialMs: 500, maxMs: 8000, factor: 2, jitter: 0.2 };

describe('backoffDelay', () => {
  it('doubles up to the cap', () => {
    const mid = () => 0.5; // no jitter offset
    expect([1, 2, 3, 4, 5, 6, 10].map((a) => backoffDelay(a, options, mid))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });

  it('spreads retries by the jitter share', () => {
    expect(backoffDelay(1, options, () => 0)).toBe(400);
    expect(backoffDelay(1, options, () => 0.999999)).toBe(600);
  });
});
