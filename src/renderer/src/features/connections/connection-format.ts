import type { ConnectionState } from '../../../../shared/events/index.ts';

export type StateTone = 'ok' | 'warn' | 'bad' | 'idle';

const TONES: Record<ConnectionState, StateTone> = {
  connected: 'ok',
  connecting: 'warn',
  stale: 'warn',
  disconnected: 'bad',
  failed: 'bad',
  idle: 'idle',
  stopped: 'idle',
};

export function stateTone(state: ConnectionState): StateTone {
  return TONES[state];
}

/** "2 s ago", "5 min ago", "3 h 04 min ago"; "never" when there is no time. */
export function formatAgo(then: number | undefined, now: number): string {
  if (then === undefined) return 'never';
  return `${formatDuration(Math.max(0, now - then))} ago`;
}

/** Compact elapsed time: "0 s", "42 s", "3 min 05 s", "2 h 04 min", "3 d 4 h". */
export function formatDuration(ms: number): string {
  const s = Math.floor(Math.max(0, ms) / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h} h ${String(m % 60).padStart(2, '0')} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}
