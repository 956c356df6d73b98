import type { WireObject } from './wire-fields.ts';

/** Below this a numeric timestamp is taken as seconds, not milliseconds (year 2001 in ms). */
const SECONDS_CUTOFF = 1e12;

/**
 * Source time as epoch ms. Accepts epoch seconds or ms, and ISO 8601 strings; a string with
 * no zone (the seeds send "2025-10-27T12:00:00") is read as UTC, which is what those servers
 * emit. Returns undefined when absent or unreadable, so the caller falls back to receive time.
 */
export function wireTime(obj: WireObject, ...keys: string[]): number | undefined {
  for (const k of keys) {
    const v = obj[k];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
      return Math.round(v < SECONDS_CUTOFF ? v * 1000 : v);
    }
    if (typeof v === 'string' && v.length >= 10 && v.length <= 40) {
      const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(v);
      const ms = Date.parse(hasZone || !v.includes('T') ? v : `${v}Z`);
      if (Number.isFinite(ms)) return ms;
    }
  }
  return undefined;
}
