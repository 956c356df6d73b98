/**
 * Stale / dead / connect-timeout rules, as pure functions of "how long since the reference
 * moment". The supervisor keeps one timer and asks checkLiveness() when it fires, so inbound
 * frames only record a timestamp (they are the hot path).
 */
export interface LivenessLimits {
  /** Connected but silent this long → `stale`. undefined = no stale state. */
  staleAfterMs?: number;
  /** Silent this long → close and reconnect. undefined = never. */
  deadAfterMs?: number;
  /** Still `connecting` this long after open() → close and retry. undefined = wait forever. */
  connectTimeoutMs?: number;
}

export type LivenessPhase = 'connecting' | 'connected' | 'stale';

export type LivenessVerdict =
  /** Nothing crossed. recheckInMs: when the next limit could be crossed (undefined = none to watch). */
  { kind: 'ok'; recheckInMs?: number } | { kind: 'stale' | 'dead' | 'connect-timeout'; limitMs: number };

/**
 * Defaults and validation. Each limit must be > 0; Infinity disables it (so `deadAfterMs:
 * Infinity` keeps the stale state without ever forcing a reconnect). deadAfterMs defaults to
 * 3 × staleAfterMs; connectTimeoutMs defaults to deadAfterMs.
 */
export function resolveLiveness(options: LivenessLimits): LivenessLimits {
  const stale = limit('staleAfterMs', options.staleAfterMs);
  const dead = options.deadAfterMs === undefined ? scaled(stale, 3) : limit('deadAfterMs', options.deadAfterMs);
  const connect = options.connectTimeoutMs === undefined ? dead : limit('connectTimeoutMs', options.connectTimeoutMs);
  const limits: LivenessLimits = {};
  if (stale !== undefined) limits.staleAfterMs = stale;
  if (dead !== undefined) limits.deadAfterMs = dead;
  if (connect !== undefined) limits.connectTimeoutMs = connect;
  return limits;
}

/**
 * `elapsedMs` is measured from open() while connecting, and from the last sign of life
 * (connected() or alive()) once connected.
 */
export function checkLiveness(phase: LivenessPhase, elapsedMs: number, limits: LivenessLimits): LivenessVerdict {
  if (phase === 'connecting') {
    const timeout = limits.connectTimeoutMs;
    if (timeout === undefined) return { kind: 'ok' };
    return elapsedMs >= timeout
      ? { kind: 'connect-timeout', limitMs: timeout }
      : { kind: 'ok', recheckInMs: timeout - elapsedMs };
  }
  const { staleAfterMs: stale, deadAfterMs: dead } = limits;
  if (dead !== undefined && elapsedMs >= dead) return { kind: 'dead', limitMs: dead };
  const watchStale = phase === 'connected' && stale !== undefined;
  if (watchStale && elapsedMs >= stale) return { kind: 'stale', limitMs: stale };
  let recheckInMs: number | undefined;
  if (watchStale) recheckInMs = stale - elapsedMs;
  if (dead !== undefined) recheckInMs = Math.min(recheckInMs ?? Infinity, dead - elapsedMs);
  return recheckInMs === undefined ? { kind: 'ok' } : { kind: 'ok', recheckInMs };
}

function limit(name: string, value: number | undefined): number | undefined {
  if (value === undefined || value === Infinity) return undefined;
  if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`${name} must be > 0 (or Infinity to disable)`);
  return value;
}

function scaled(value: number | undefined, by: number): number | undefined {
  return value === undefined ? undefined : value * by;
}
