import { describe, expect, it } from 'vitest';
import {
  formatAgo,
  formatDuration,
  stateTone,
} from '../../../src/renderer/src/features/connections/connection-format.ts';

describe('connection formatting', () => {
  it('says how long ago', () => {
    expect(formatAgo(undefined, 5000)).toBe('never');
    expect(formatAgo(3000, 5000)).toBe('2 s ago');
    expect(formatAgo(6000, 5000)).toBe('0 s ago'); // clock skew never shows negative
  });

  it('writes durations compactly', () => {
    expect(formatDuration(999)).toBe('0 s');
    expect(formatDuration(42_000)).toBe('42 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration((2 * 60 + 4) * 60_000)).toBe('2 h 04 min');
    expect(formatDuration((3 * 24 + 4) * 3_600_000)).toBe('3 d 4 h');
  });

  it('colours states', () => {
    expect(stateTone('connected')).toBe('ok');
    expect(stateTone('stale')).toBe('warn');
    expect(stateTone('connecting')).toBe('warn');
    expect(stateTone('failed')).toBe('bad');
    expect(stateTone('disconnected')).toBe('bad');
    expect(stateTone('stopped')).toBe('idle');
  });
});
