import { describe, expect, it } from 'vitest';
import { isDemoRunning } from '../../../src/renderer/src/app/demo-mode.ts';
import { linkProblem, overallHealth } from '../../../src/renderer/src/app/health.ts';
import { connection } from './connection-info.ts';

const open = { state: 'open' } as const;

describe('overall health', () => {
  it('puts the link to the core first', () => {
    expect(overallHealth({ state: 'connecting', attempt: 1, reconnect: false }, [connection()], 0)).toEqual({
      tone: 'warn',
      label: 'Connecting to host',
    });
    expect(overallHealth({ state: 'connecting', attempt: 3, reconnect: true }, [], 0)).toEqual({
      tone: 'warn',
      label: 'Reconnecting to host (attempt 3)',
    });
    expect(overallHealth({ state: 'waiting', attempt: 2, retryAt: 4_200, reason: 'x' }, [connection()], 1_000)).toEqual(
      {
        tone: 'bad',
        label: 'Host link lost · retry in 4 s',
      },
    );
  });

  it('is good when every running source is connected', () => {
    expect(overallHealth(open, [connection()], 0)).toEqual({ tone: 'ok', label: 'Connected' });
    expect(
      overallHealth(
        open,
        [connection(), connection({ sourceId: 'b' }), connection({ sourceId: 'c', state: 'stopped' })],
        0,
      ),
    ).toEqual({
      tone: 'ok',
      label: 'All 2 connected',
    });
  });

  it('warns on stale or connecting sources', () => {
    expect(overallHealth(open, [connection(), connection({ sourceId: 'b', state: 'stale' })], 0)).toEqual({
      tone: 'warn',
      label: '1 stale · 1/2 connected',
    });
    expect(overallHealth(open, [connection({ state: 'connecting' })], 0)).toEqual({
      tone: 'warn',
      label: '1 connecting · 0/1 connected',
    });
  });

  it('is bad when a source is down', () => {
    expect(
      overallHealth(
        open,
        [connection(), connection({ sourceId: 'b', state: 'failed' }), connection({ sourceId: 'c', state: 'stale' })],
        0,
      ),
    ).toEqual({
      tone: 'bad',
      label: '1 of 3 down',
    });
  });

  it('is neutral without running sources', () => {
    expect(overallHealth(open, [], 0)).toEqual({ tone: 'idle', label: 'No sources' });
    expect(overallHealth(open, [connection({ state: 'stopped' })], 0)).toEqual({
      tone: 'idle',
      label: 'All sources stopped',
    });
  });
});

describe('demo mode', () => {
  it('shows when the core runs the demo or a demo source is present', () => {
    expect(isDemoRunning(true, [])).toBe(true);
    expect(isDemoRunning(undefined, [connection({ demo: true })])).toBe(true);
    expect(isDemoRunning(false, [connection({ demo: true, state: 'failed' })])).toBe(true);
    expect(isDemoRunning(false, [connection({ demo: true, state: 'stopped' })])).toBe(false);
    expect(isDemoRunning(false, [connection()])).toBe(false);
  });
});

describe('link problem banner', () => {
  it('says nothing while open or on the first quick connect', () => {
    expect(linkProblem({ state: 'open' }, 0)).toBeUndefined();
    expect(linkProblem({ state: 'connecting', attempt: 1, reconnect: false }, 0)).toBeUndefined();
  });

  it('warns that the screen is not live while the link is down', () => {
    expect(linkProblem({ state: 'waiting', attempt: 2, retryAt: 3_000, reason: 'code 1006' }, 1_000)).toBe(
      'Lost the connection to the Tradewatch host (code 1006). What you see is not live. Retrying in 2 s (attempt 2).',
    );
    expect(linkProblem({ state: 'connecting', attempt: 1, reconnect: true }, 0)).toMatch(/attempt 1.*not live/);
  });
});
