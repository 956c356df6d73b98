import { afterEach, describe, expect, it } from 'vitest';
import type { StateChange } from '../../../../src/main/sources/source.ts';
import {
  ConnectionSupervisor,
  type SupervisedConnection,
  type SupervisorLink,
  type SupervisorOptions,
} from '../../../../src/main/sources/reconnect/connection-supervisor.ts';
import { FakeTimers, flush } from './fake-timers.ts';

interface Opened {
  link: SupervisorLink;
  attempt: number;
  closes: number;
  connection: SupervisedConnection;
}

const repeatedStates: string[] = [];

/** A supervisor on fake timers whose open() succeeds synchronously unless overridden. */
function setup(overrides: Partial<SupervisorOptions> = {}) {
  const timers = new FakeTimers();
  const states: StateChange[] = [];
  const opened: Opened[] = [];
  const supervisor = new ConnectionSupervisor({
    timers,
    random: () => 0,
    backoff: { initialMs: 100, factor: 2, maxMs: 400, jitter: 0 },
    open: (link, attempt) => {
      const entry: Opened = { link, attempt, closes: 0, connection: { close: () => void entry.closes++ } };
      opened.push(entry);
      return entry.connection;
    },
    onState: (change) => {
      // Checked after each test: a transition must never be reported twice in a row.
      if (states.at(-1)?.state === change.state) repeatedStates.push(change.state);
      states.push(change);
    },
    ...overrides,
  });
  const last = (): Opened => {
    const entry = opened.at(-1);
    if (!entry) throw new Error('open() was never called');
    return entry;
  };
  const names = (): string[] => states.map((change) => change.state);
  return { timers, states, opened, supervisor, last, names };
}

afterEach(() => {
  expect(repeatedStates, 'same state reported twice in a row').toEqual([]);
  repeatedStates.length = 0;
});

describe('ConnectionSupervisor', () => {
  it('reports connecting then connected for a normal connect', () => {
    const { supervisor, states, last } = setup();
    expect(supervisor.state).toBe('idle');
    supervisor.start();
    expect(supervisor.state).toBe('connecting');
    expect(last().attempt).toBe(0);
    last().link.connected('subscribed to executor-7');
    expect(supervisor.state).toBe('connected');
    expect(states).toEqual([
      { state: 'connecting', detail: 'starting', attempt: 0 },
      { state: 'connected', detail: 'subscribed to executor-7', attempt: 0 },
    ]);
    supervisor.start(); // second start is a no-op
    last().link.connected(); // already connected: not reported again
    expect(states).toHaveLength(2);
  });

  it('backs off with growing, capped delays and resets once connected', () => {
    const { supervisor, states, opened, timers, last } = setup();
    supervisor.start();
    const delays: number[] = [];
    for (let retry = 1; retry <= 5; retry++) {
      const before = last();
      before.link.lost(new Error('socket closed'));
      expect(before.closes).toBe(1);
      const change = states.at(-1);
      expect(change).toMatchObject({ state: 'disconnected', detail: 'socket closed', attempt: retry });
      delays.push(change?.retryInMs ?? -1);
      timers.advance((change?.retryInMs ?? 0) - 1);
      expect(opened).toHaveLength(retry); // not yet
      timers.advance(1);
      expect(opened).toHaveLength(retry + 1);
      expect(last().attempt).toBe(retry);
      expect(states.at(-1)).toEqual({ state: 'connecting', detail: `retry ${retry}`, attempt: retry });
    }
    expect(delays).toEqual([100, 200, 400, 400, 400]);

    last().link.connected();
    last().link.lost('socket closed');
    expect(states.at(-1)).toMatchObject({ state: 'disconnected', attempt: 1, retryInMs: 100 });
  });

  it('applies jitter from the injected random, within bounds', () => {
    const { supervisor, states, last } = setup({
      random: () => 0.5,
      backoff: { initialMs: 1_000, factor: 2, maxMs: 10_000, jitter: 0.3 },
    });
    supervisor.start();
    last().link.lost('gone');
    expect(states.at(-1)?.retryInMs).toBe(850); // 1000 × (1 − 0.3 × 0.5)
  });

  it('gives up with failed after maxAttempts consecutive retries', () => {
    const { supervisor, states, opened, timers, last, names } = setup({
      backoff: { initialMs: 100, factor: 2, maxMs: 400, jitter: 0, maxAttempts: 2 },
    });
    supervisor.start();
    last().link.lost('refused');
    timers.advance(100);
    last().link.lost('refused');
    timers.advance(200);
    last().link.lost('refused');
    expect(names()).toEqual(['connecting', 'disconnected', 'connecting', 'disconnected', 'connecting', 'failed']);
    expect(states.at(-1)).toEqual({ state: 'failed', detail: 'refused (gave up after 2 retries)', attempt: 2 });
    expect(timers.pending).toBe(0);
    timers.advance(60_000);
    expect(opened).toHaveLength(3);
  });

  it('fatal reports failed, closes, and never retries', () => {
    const { supervisor, states, opened, timers, last } = setup();
    supervisor.start();
    last().link.connected();
    last().link.fatal(new Error('auth refused (4009)'));
    expect(states.at(-1)).toEqual({ state: 'failed', detail: 'auth refused (4009)', attempt: 0 });
    expect(last().closes).toBe(1);
    expect(timers.pending).toBe(0);
    timers.advance(600_000);
    expect(opened).toHaveLength(1);
    last().link.lost('late close event'); // deaf after fatal
    expect(supervisor.state).toBe('failed');
  });

  it('goes stale without data and back to connected when data resumes', () => {
    const { supervisor, states, timers, last, names } = setup({ staleAfterMs: 1_000, deadAfterMs: Infinity });
    supervisor.start();
    last().link.connected();
    timers.advance(500);
    for (let i = 0; i < 1_000; i++) last().link.alive(); // hot path arms no timers
    expect(timers.pending).toBe(1);
    timers.advance(999);
    expect(supervisor.state).toBe('connected');
    timers.advance(1);
    expect(states.at(-1)).toEqual({ state: 'stale', detail: 'no data for 1000 ms', attempt: 0 });
    last().link.alive();
    expect(states.at(-1)).toEqual({ state: 'connected', detail: 'data resumed', attempt: 0 });
    timers.advance(999);
    expect(supervisor.state).toBe('connected');
    timers.advance(1);
    expect(names()).toEqual(['connecting', 'connected', 'stale', 'connected', 'stale']);
    timers.advance(600_000); // dead detection disabled: stays stale
    expect(supervisor.state).toBe('stale');
  });

  it('closes and reconnects a connection that stays silent past deadAfterMs', () => {
    const { supervisor, states, opened, timers, last, names } = setup({ staleAfterMs: 1_000 });
    supervisor.start();
    const first = last();
    first.link.connected();
    timers.advance(1_000);
    expect(supervisor.state).toBe('stale');
    timers.advance(1_999);
    expect(supervisor.state).toBe('stale');
    timers.advance(1); // 3 × stale
    expect(first.closes).toBe(1);
    expect(states.at(-1)).toEqual({ state: 'disconnected', detail: 'no data for 3000 ms', attempt: 1, retryInMs: 100 });
    timers.advance(100);
    expect(opened).toHaveLength(2);
    expect(names()).toEqual(['connecting', 'connected', 'stale', 'disconnected', 'connecting']);
  });

  it('times out a connect that never completes', () => {
    const { supervisor, states, timers, last } = setup({ connectTimeoutMs: 500 });
    supervisor.start();
    const first = last();
    timers.advance(500);
    expect(first.closes).toBe(1);
    expect(first.link.signal.aborted).toBe(true);
    expect(states.at(-1)).toMatchObject({ state: 'disconnected', detail: 'connect timed out after 500 ms' });
  });

  it('ignores late calls on a link whose connection was replaced', () => {
    const { supervisor, states, timers, last } = setup({ staleAfterMs: 1_000 });
    supervisor.start();
    const old = last();
    old.link.lost('socket closed');
    timers.advance(100);
    const fresh = last();
    expect(fresh).not.toBe(old);
    const before = states.length;
    old.link.connected();
    old.link.alive();
    old.link.lost('late close');
    old.link.fatal('late error');
    expect(states).toHaveLength(before);
    expect(supervisor.state).toBe('connecting');
    fresh.link.connected();
    expect(supervisor.state).toBe('connected');
    timers.advance(900);
    old.link.alive(); // must not count as data for the new connection
    timers.advance(100);
    expect(supervisor.state).toBe('stale');
  });

  it('stop during a pending retry cancels it and reports stopped once', async () => {
    const { supervisor, states, opened, timers, last, names } = setup();
    supervisor.start();
    last().link.lost('socket closed');
    const stopped = supervisor.stop();
    expect(supervisor.stop()).toBe(stopped);
    await stopped;
    expect(timers.pending).toBe(0);
    timers.advance(60_000);
    supervisor.reconnectNow('resume');
    supervisor.start();
    expect(opened).toHaveLength(1);
    expect(names()).toEqual(['connecting', 'disconnected', 'stopped']);
    expect(states.at(-1)).toEqual({ state: 'stopped', detail: 'stopped' });
  });

  it('stop while connected closes the connection and waits for the close', async () => {
    let finishClose = (): void => {};
    const { supervisor, states } = setup({
      open: (link) => {
        queueMicrotask(() => link.connected());
        return { close: () => new Promise<void>((resolve) => (finishClose = resolve)) };
      },
    });
    supervisor.start();
    await flush();
    expect(supervisor.state).toBe('connected');
    let resolved = false;
    const stopping = supervisor.stop().then(() => (resolved = true));
    await flush();
    expect(resolved).toBe(false);
    finishClose();
    await stopping;
    expect(states.map((change) => change.state)).toEqual(['connecting', 'connected', 'stopped']);
  });

  it('stop during an open in progress closes the late connection and reports nothing more', async () => {
    let finishOpen = (_connection: SupervisedConnection): void => {};
    let link: SupervisorLink | undefined;
    let closes = 0;
    const { supervisor, names } = setup({
      open: (given) => {
        link = given;
        return new Promise<SupervisedConnection>((resolve) => (finishOpen = resolve));
      },
    });
    supervisor.start();
    let resolved = false;
    const stopping = supervisor.stop().then(() => (resolved = true));
    expect(link?.signal.aborted).toBe(true);
    await flush();
    expect(resolved).toBe(false); // still waiting for the open to settle
    link?.connected(); // the transport finishes its handshake anyway
    finishOpen({ close: () => void closes++ });
    await stopping;
    expect(closes).toBe(1);
    expect(names()).toEqual(['connecting', 'stopped']);
  });

  it('counts open rejecting or throwing as lost', async () => {
    let mode: 'reject' | 'throw' = 'reject';
    const { supervisor, states, timers } = setup({
      open: () => {
        if (mode === 'throw') throw new Error('bad url');
        return Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:8002'));
      },
    });
    supervisor.start();
    await flush();
    expect(states.at(-1)).toEqual({
      state: 'disconnected',
      detail: 'open failed: connect ECONNREFUSED 127.0.0.1:8002',
      attempt: 1,
      retryInMs: 100,
    });
    mode = 'throw';
    timers.advance(100);
    expect(states.at(-1)).toEqual({
      state: 'disconnected',
      detail: 'open failed: bad url',
      attempt: 2,
      retryInMs: 200,
    });
  });

  it('closes the connection returned by an open that reported lost before returning', () => {
    const closes: number[] = [];
    const { supervisor, names } = setup({
      open: (link, attempt) => {
        link.lost('refused during handshake');
        return { close: () => void closes.push(attempt) };
      },
    });
    supervisor.start();
    expect(closes).toEqual([0]);
    expect(names()).toEqual(['connecting', 'disconnected']);
  });

  it('reconnectNow drops the connection and opens again at once with a fresh counter', () => {
    const { supervisor, states, timers, last, names } = setup();
    supervisor.start();
    last().link.lost('socket closed');
    timers.advance(100);
    const old = last();
    old.link.connected();
    supervisor.reconnectNow('system resumed');
    expect(old.closes).toBe(1);
    expect(last()).not.toBe(old);
    expect(last().attempt).toBe(0);
    expect(states.at(-1)).toEqual({ state: 'connecting', detail: 'system resumed', attempt: 0 });
    old.link.lost('late');
    supervisor.reconnectNow('again'); // already connecting: restarts silently, no duplicate report
    expect(names()).toEqual(['connecting', 'disconnected', 'connecting', 'connected', 'connecting']);
  });

  it('reconnectNow skips a pending retry and revives a failed connection', () => {
    const { supervisor, opened, timers, last } = setup({
      backoff: { initialMs: 10_000, maxMs: 10_000, jitter: 0, maxAttempts: 1 },
    });
    supervisor.start();
    last().link.lost('down');
    supervisor.reconnectNow('network changed');
    expect(opened).toHaveLength(2);
    expect(timers.pending).toBe(0);
    last().link.fatal('auth refused');
    expect(supervisor.state).toBe('failed');
    supervisor.reconnectNow('user retried');
    expect(supervisor.state).toBe('connecting');
    expect(opened).toHaveLength(3);
  });

  it('lets a listener stop the supervisor from inside onState', async () => {
    let stopped: Promise<void> | undefined;
    // `env` is assigned before any state is reported: the callback only runs after start().
    const env = setup({
      onState: (change) => {
        if (change.state === 'disconnected') stopped = env.supervisor.stop();
      },
    });
    const supervisor = env.supervisor;
    supervisor.start();
    env.last().link.lost('down');
    await stopped;
    env.timers.advance(60_000);
    expect(env.opened).toHaveLength(1);
    expect(supervisor.state).toBe('stopped');
  });

  it('does not open when a listener stops the supervisor on connecting', async () => {
    let stopped: Promise<void> | undefined;
    const env = setup({
      onState: (change) => {
        if (change.state === 'connecting' && change.attempt === 1) stopped = env.supervisor.stop();
      },
    });
    const supervisor = env.supervisor;
    supervisor.start();
    env.last().link.lost('down');
    env.timers.advance(100);
    await stopped;
    expect(env.opened).toHaveLength(1);
    expect(env.timers.pending).toBe(0);
  });

  it('rejects nonsense options at construction', () => {
    expect(() => setup({ staleAfterMs: 0 })).toThrow(RangeError);
    expect(() => setup({ backoff: { jitter: 2 } })).toThrow(RangeError);
  });
});
