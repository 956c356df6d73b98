/**
 * Wire payloads mix camelCase and snake_case for the same field (the seeds do). These
 * readers take every accepted spelling and return the first present, typed value, so a
 * normalizer states its mapping in one line per field.
 */
export type WireObject = Record<string, unknown>;

export function isWireObject(value: unknown): value is WireObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function first(obj: WireObject, keys: readonly string[]): unknown {
  for (const k of keys) {
    const v = obj[k];
    if (v !== undefined && v !== null) return v;
  }
  return undefined;
}

/** A number, or a numeric string ("1.0850"); anything else is undefined. */
export function num(obj: WireObject, ...keys: string[]): number | undefined {
  const v = first(obj, keys);
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** A string; numbers are accepted and stringified (tickets, ids often arrive as numbers). */
export function str(obj: WireObject, ...keys: string[]): string | undefined {
  const v = first(obj, keys);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export function bool(obj: WireObject, ...keys: string[]): boolean | undefined {
  const v = first(obj, keys);
  return typeof v === 'boolean' ? v : undefined;
}

/** "BUY"/"buy"/"long" -> 'buy'; "SELL"/"short" -> 'sell'. */
export function side(obj: WireObject, ...keys: string[]): 'buy' | 'sell' | undefined {
  const v = str(obj, ...keys)?.toLowerCase();
  if (v === 'buy' || v === 'long') return 'buy';
  if (v === 'sell' || v === 'short') return 'sell';
  return undefined;
}

/** Drops keys whose value is undefined, so optional canonical fields stay absent rather than undefined. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  for (const k of Object.keys(obj)) if (obj[k] === undefined) delete obj[k];
  return obj;
}
