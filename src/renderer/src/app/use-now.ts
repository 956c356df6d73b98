import { createClock } from '../lib/clock.ts';
import type { ReadableStore } from '../lib/store.ts';
import { useStore } from '../lib/use-store.ts';

// One clock per period, shared: every "ago" and countdown on screen ticks together.
const clocks = new Map<number, ReadableStore<number>>();

/** Epoch ms, refreshed every `everyMs`: for ages and countdowns that tick. */
export function useNow(everyMs = 1000): number {
  let clock = clocks.get(everyMs);
  if (!clock) {
    clock = createClock(everyMs);
    clocks.set(everyMs, clock);
  }
  return useStore(clock);
}
