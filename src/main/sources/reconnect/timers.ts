/**
 * The clock and timers the reconnect code uses, injected so tests (and anything that wants
 * deterministic time) never depend on globals.
 */
export interface Timers {
  /** Milliseconds on a monotonic clock: only differences are meaningful. */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

// Node turns any delay above this into 1 ms; clamp so a huge value means "a long time", not "now".
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Real timers. now() is performance.now(), not Date.now(): a wall-clock jump (NTP, DST, the
 * user changing the time) must not fake "no data for an hour". Timers are not unref'd: in the
 * headless host a pending retry may be the only thing keeping the process alive.
 */
export const realTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, Math.min(Math.max(ms, 0), MAX_TIMEOUT_MS)),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
