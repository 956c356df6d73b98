/**
 * Exponential backoff with proportional ("downward") jitter.
 *
 * For retry number `attempt` (1 = first retry) the undithered delay is
 *   base = min(maxMs, initialMs × factor^(attempt − 1))
 * and the delay actually used is drawn uniformly from [base × (1 − jitter), base].
 * jitter = 1 is the classic "full jitter" (0..base), jitter = 0 is deterministic.
 * We only ever subtract, so maxMs stays a hard ceiling, and the spread still keeps many
 * clients that lost the same server at the same moment from reconnecting in lock-step.
 */
export interface BackoffPolicy {
  /** Delay before the first retry, before jitter. */
  initialMs: number;
  /** Ceiling for every delay. */
  maxMs: number;
  /** Growth per retry (>= 1). */
  factor: number;
  /** Fraction of each delay that is randomised, 0..1. */
  jitter: number;
  /**
   * Consecutive retries without an established connection before giving up (`failed`).
   * undefined = retry forever; 0 = never retry.
   */
  maxAttempts?: number;
}

export const DEFAULT_BACKOFF: Readonly<BackoffPolicy> = Object.freeze({
  initialMs: 500,
  maxMs: 30_000,
  factor: 2,
  jitter: 0.3,
});

/** Defaults overlaid with `overrides`, validated so a typo fails at construction, not at 3 a.m. */
export function resolveBackoff(overrides: Partial<BackoffPolicy> = {}): BackoffPolicy {
  const policy: BackoffPolicy = { ...DEFAULT_BACKOFF };
  // Copy only defined keys: `{ initialMs: undefined }` must not erase a default.
  if (overrides.initialMs !== undefined) policy.initialMs = overrides.initialMs;
  if (overrides.maxMs !== undefined) policy.maxMs = overrides.maxMs;
  if (overrides.factor !== undefined) policy.factor = overrides.factor;
  if (overrides.jitter !== undefined) policy.jitter = overrides.jitter;
  if (overrides.maxAttempts !== undefined) policy.maxAttempts = overrides.maxAttempts;

  const { initialMs, maxMs, factor, jitter, maxAttempts } = policy;
  if (!Number.isFinite(initialMs) || initialMs < 0) fail('initialMs must be a finite number >= 0');
  if (!Number.isFinite(maxMs) || maxMs < initialMs) fail('maxMs must be finite and >= initialMs');
  if (!Number.isFinite(factor) || factor < 1) fail('factor must be a finite number >= 1');
  if (!(jitter >= 0 && jitter <= 1)) fail('jitter must be between 0 and 1');
  if (maxAttempts !== undefined && !(Number.isInteger(maxAttempts) && maxAttempts >= 0)) {
    fail('maxAttempts must be an integer >= 0 (or undefined to retry forever)');
  }
  return policy;
}

/**
 * Delay in whole ms before retry number `attempt` (1-based). Pure: the caller supplies
 * `random` (a value in [0, 1), like Math.random) so tests can pin it.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError(`backoff attempt must be an integer >= 1, got ${attempt}`);
  }
  // factor ** big overflows to Infinity, which min() caps; 0 × Infinity would be NaN, hence the guard.
  const base = policy.initialMs === 0 ? 0 : Math.min(policy.maxMs, policy.initialMs * policy.factor ** (attempt - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(base * (1 - policy.jitter * r));
}

function fail(message: string): never {
  throw new RangeError(`backoff: ${message}`);
}
