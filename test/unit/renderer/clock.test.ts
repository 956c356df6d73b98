import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClock } from '../../../src/renderer/src/lib/clock.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('clock', () => {
  it('ticks only while watched, and is fresh when watching starts', () => {
    vi.useFakeTimers();
    let t = 1_000;
    const clock = createClock(1000, () => t);
    t = 50_000; // time passes while nobody watches
    const seen: number[] = [];
    const stop = clock.subscribe(() => seen.push(clock.get()));
    expect(clock.get()).toBe(50_000);
    t = 51_000;
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([51_000]);
    stop();
    t = 60_000;
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual([51_000]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
