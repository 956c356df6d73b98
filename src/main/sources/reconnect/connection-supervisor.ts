import type { ConnectionState } from '../../../shared/events/index.ts';
import type { StateChange } from '../source.ts';
import { backoffDelay, resolveBackoff, type BackoffPolicy } from './backoff.ts';
import { checkLiveness, resolveLiveness, type LivenessLimits } from './liveness.ts';
import { realTimers, type Timers } from './timers.ts';

/** What a source's open() returns: the one thing the supervisor needs to tear it down. */
export interface SupervisedConnection {
  close(): void | Promise<void>;
}

/**
 * The source's line back to the supervisor for one connection attempt. Once that attempt is
 * replaced (lost, dead, reconnectNow, stop), every call on its link is ignored, so a late
 * 'close' event from an old socket cannot disturb the new one.
 */
export interface SupervisorLink {
  /** Aborted when this attempt is abandoned: pass it to whatever open() awaits. */
  readonly signal: AbortSignal;
  /** The transport is up (handshake/auth done). Resets the attempt counter. */
  connected(detail?: string): void;
  /** Call on every inbound frame. Only records a timestamp. */
  alive(): void;
  /** The transport closed or errored: back off and reconnect. */
  lost(reason: string | Error): void;
  /** Unrecoverable (e.g. auth refused): `failed`, no retry. */
  fatal(reason: string | Error): void;
}

export interface SupervisorOptions extends LivenessLimits {
  /**
   * Open the transport. `attempt` is 0 for the first try after start / reconnectNow / an
   * established connection, then 1, 2, … for consecutive retries. Throwing or rejecting
   * counts as lost().
   */
  open(link: SupervisorLink, attempt: number): SupervisedConnection | Promise<SupervisedConnection>;
  /** Called once per state transition. Must not throw. */
  onState(change: StateChange): void;
  backoff?: Partial<BackoffPolicy>;
  timers?: Timers;
  /** [0, 1) like Math.random; injectable for tests. */
  random?: () => number;
}

/** One open() call and its connection. Replaced wholesale on every reconnect; `current` is the live one. */
interface Generation {
  readonly link: SupervisorLink;
  readonly abort: AbortController;
  connection?: SupervisedConnection;
}

/**
 * Drives one connection's lifecycle: open, watch, back off, reopen, stop. Sources own the
 * transport; this owns the timing and the state reported to the core.
 *
 * Invariant: `current` is set exactly when the state is connecting, connected or stale.
 * Re-entrancy: internal fields are updated before onState is called, and code after a report
 * re-checks `current`, so a listener may call stop() or reconnectNow() from onState.
 */
export class ConnectionSupervisor {
  private readonly openTransport: SupervisorOptions['open'];
  private readonly onState: SupervisorOptions['onState'];
  private readonly policy: BackoffPolicy;
  private readonly limits: LivenessLimits;
  private readonly timers: Timers;
  private readonly random: () => number;

  private _state: ConnectionState = 'idle';
  private announced: ConnectionState = 'idle';
  private attempt = 0;
  private current: Generation | undefined;
  private retryTimer: unknown;
  private watchdogTimer: unknown;
  private openedAt = 0;
  private lastAliveAt = 0;
  /** Opens still in flight and closes not yet finished: stop() waits for them. */
  private readonly settling = new Set<Promise<void>>();
  private stopping: Promise<void> | undefined;

  constructor(options: SupervisorOptions) {
    this.openTransport = options.open;
    this.onState = options.onState;
    this.policy = resolveBackoff(options.backoff);
    this.limits = resolveLiveness(options);
    this.timers = options.timers ?? realTimers;
    this.random = options.random ?? Math.random;
  }

  get state(): ConnectionState {
    return this._state;
  }

  /** Begin connecting. Only the first call does anything; a stopped supervisor stays stopped. */
  start(): void {
    if (this._state !== 'idle') return;
    this.beginConnect('starting');
  }

  /**
   * Drop the current connection (or pending retry) and open again right away with a fresh
   * attempt counter, e.g. on system resume or network change. Also revives a `failed` one.
   */
  reconnectNow(reason: string): void {
    if (this._state === 'idle' || this._state === 'stopped') return;
    this.abandon();
    this.cancelRetry();
    this.attempt = 0;
    this.beginConnect(reason);
  }

  /**
   * Cancel timers, close the connection, report `stopped`. Resolves once every close and any
   * open still in flight have settled (a connection that opens after stop is closed at once);
   * nothing is reported after that. Idempotent.
   */
  stop(): Promise<void> {
    if (this.stopping) return this.stopping;
    this.abandon();
    this.cancelRetry();
    this._state = 'stopped';
    this.stopping = Promise.allSettled(this.settling).then(() => undefined);
    this.report({ state: 'stopped', detail: 'stopped' });
    return this.stopping;
  }

  private beginConnect(detail: string): void {
    const gen = this.createGeneration();
    this.current = gen;
    this._state = 'connecting';
    this.report({ state: 'connecting', detail, attempt: this.attempt });
    if (this.current !== gen) return; // the listener stopped or restarted us
    this.openedAt = this.timers.now();
    this.watch();

    let result: SupervisedConnection | Promise<SupervisedConnection>;
    try {
      result = this.openTransport(gen.link, this.attempt);
    } catch (error) {
      this.lose(gen, `open failed: ${describe(error)}`);
      return;
    }
    if (isThenable(result)) {
      this.track(
        Promise.resolve(result).then(
          (connection) => this.adopt(gen, connection),
          (error: unknown) => this.lose(gen, `open failed: ${describe(error)}`),
        ),
      );
    } else {
      const closing = this.adopt(gen, result);
      if (closing) this.track(closing);
    }
  }

  /** Keep the connection open() produced, or close it if its attempt was abandoned meanwhile. */
  private adopt(gen: Generation, connection: SupervisedConnection): Promise<void> | undefined {
    if (this.current === gen) {
      gen.connection = connection;
      return undefined;
    }
    return closeQuietly(connection);
  }

  private createGeneration(): Generation {
    const abort = new AbortController();
    const gen: Generation = {
      abort,
      link: {
        signal: abort.signal,
        connected: (detail) => {
          if (this.current !== gen) return;
          this.lastAliveAt = this.timers.now();
          if (this._state !== 'connected')
            this.enterConnected(detail ?? (this._state === 'stale' ? 'data resumed' : 'connected'));
        },
        alive: () => {
          if (this.current !== gen) return;
          this.lastAliveAt = this.timers.now();
          if (this._state === 'stale') this.enterConnected('data resumed');
        },
        lost: (reason) => this.lose(gen, describe(reason)),
        fatal: (reason) => {
          if (this.current === gen) this.fail(describe(reason));
        },
      },
    };
    return gen;
  }

  private enterConnected(detail: string): void {
    this.attempt = 0;
    this._state = 'connected';
    this.watch();
    this.report({ state: 'connected', detail, attempt: 0 });
  }

  /** The current attempt failed in a retryable way: tear it down and schedule the next one. */
  private lose(gen: Generation, reason: string): void {
    if (this.current !== gen) return;
    this.abandon();
    const max = this.policy.maxAttempts;
    if (max !== undefined && this.attempt >= max) {
      this.fail(`${reason} (gave up after ${max} ${max === 1 ? 'retry' : 'retries'})`);
      return;
    }
    this.attempt += 1;
    const retry = this.attempt;
    const delay = backoffDelay(retry, this.policy, this.random);
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = undefined;
      this.beginConnect(`retry ${retry}`);
    }, delay);
    this._state = 'disconnected';
    this.report({ state: 'disconnected', detail: reason, attempt: retry, retryInMs: delay });
  }

  private fail(detail: string): void {
    this.abandon();
    this.cancelRetry();
    this._state = 'failed';
    this.report({ state: 'failed', detail, attempt: this.attempt });
  }

  /**
   * (Re)arm the single watchdog timer from the current phase. Frames only move lastAliveAt;
   * when the timer fires early because data came in, it just re-arms for the new deadline.
   */
  private watch(): void {
    this.cancelWatchdog();
    const gen = this.current;
    const phase = this._state;
    if (!gen || (phase !== 'connecting' && phase !== 'connected' && phase !== 'stale')) return;
    const since = phase === 'connecting' ? this.openedAt : this.lastAliveAt;
    const verdict = checkLiveness(phase, this.timers.now() - since, this.limits);
    switch (verdict.kind) {
      case 'ok':
        if (verdict.recheckInMs !== undefined) {
          this.watchdogTimer = this.timers.setTimeout(this.onWatchdog, Math.max(1, Math.ceil(verdict.recheckInMs)));
        }
        return;
      case 'stale':
        this._state = 'stale';
        this.watch(); // now watching for dead only
        this.report({ state: 'stale', detail: `no data for ${verdict.limitMs} ms`, attempt: 0 });
        return;
      case 'dead':
        this.lose(gen, `no data for ${verdict.limitMs} ms`);
        return;
      case 'connect-timeout':
        this.lose(gen, `connect timed out after ${verdict.limitMs} ms`);
        return;
    }
  }

  // Bound once so arming the watchdog allocates no closure.
  private readonly onWatchdog = (): void => {
    this.watchdogTimer = undefined;
    this.watch();
  };

  /** Detach the current attempt: its link goes deaf, its open is aborted, its connection closed. */
  private abandon(): void {
    const gen = this.current;
    if (!gen) return;
    this.current = undefined;
    this.cancelWatchdog();
    gen.abort.abort();
    if (gen.connection) this.track(closeQuietly(gen.connection));
  }

  private cancelRetry(): void {
    if (this.retryTimer === undefined) return;
    this.timers.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private cancelWatchdog(): void {
    if (this.watchdogTimer === undefined) return;
    this.timers.clearTimeout(this.watchdogTimer);
    this.watchdogTimer = undefined;
  }

  private track(work: Promise<void>): void {
    this.settling.add(work);
    // Not swallowed: if a listener threw while we handled a late open, it surfaces as an
    // unhandled rejection, as the same throw would from a timer.
    void work.finally(() => this.settling.delete(work));
  }

  /** Exactly one report per transition: a same-state "change" is dropped. */
  private report(change: StateChange): void {
    if (change.state === this.announced) return;
    this.announced = change.state;
    this.onState(change);
  }
}

/** Close errors on a transport that is already broken are expected noise; we have moved on. */
function closeQuietly(connection: SupervisedConnection): Promise<void> {
  try {
    return Promise.resolve(connection.close()).then(
      () => undefined,
      () => undefined,
    );
  } catch {
    return Promise.resolve();
  }
}

function isThenable<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function describe(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
