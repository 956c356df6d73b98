import type { ReadableStore } from './store.ts';

/**
 * Wall-clock time that ticks only while someone watches. Reading starts fresh on the first
 * subscription, so a view that was hidden never shows a stale "0 s ago" when it reappears.
 */
export function createClock(everyMs: number, now: () => number = Date.now): ReadableStore<number> {
  let value = now();
  let timer: ReturnType<typeof setInterval> | undefined;
  const listeners = new Set<() => void>();
  const tick = (): void => {
    value = now();
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => value,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        value = now();
        timer = setInterval(tick, everyMs);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) clearInterval(timer);
      };
    },
  };
}
