import { describe, expect, it } from 'vitest';
import run from '../../../bench/store-blocking.ts';

// Smoke test only: the bench runs end to end and reports numbers. No thresholds: timings belong
// to the bench output, not to a test that has to pass on a loaded machine.
describe('bench/store-blocking', () => {
  it('returns finite figures', async () => {
    const figures = await run({ events: 2_000 });
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.name).not.toBe('');
      expect(figure.unit).not.toBe('');
      expect(Number.isFinite(figure.value)).toBe(true);
      if (figure.baseline !== undefined) expect(Number.isFinite(figure.baseline.value)).toBe(true);
    }
  });
});
