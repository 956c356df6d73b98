export interface QuitGateOptions {
  /** Stop the core (commit everything received, close the store) and release the shell's resources. */
  shutdown: () => Promise<void>;
  /** Ask the app to quit again once shutdown is over (app.quit). */
  proceed: () => void;
  /** A hung shutdown must not keep a zombie process alive forever. */
  timeoutMs?: number;
  log?: (level: 'warn' | 'error', message: string) => void;
}

export interface QuitGate {
  /** True from the first quit request on: windows stop hiding to the tray and really close. */
  readonly quitting: boolean;
  /** Wire to app 'before-quit'. The first call holds the quit until shutdown has finished. */
  beforeQuit(preventDefault: () => void): void;
}

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 15_000;

/**
 * Electron's before-quit cannot await, so the first quit is cancelled, the core is stopped,
 * and the quit is requested again; that second request passes through. Requests that
 * arrive while stopping are swallowed.
 */
export function createQuitGate(options: QuitGateOptions): QuitGate {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const log = options.log ?? (() => {});
  let state: 'running' | 'stopping' | 'stopped' = 'running';

  async function shutdown(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([options.shutdown().then(() => 'done' as const), timeout]);
      if (outcome === 'timeout') log('error', `shutdown did not finish within ${timeoutMs} ms; quitting anyway`);
    } catch (error) {
      log('error', `shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimeout(timer);
      state = 'stopped';
      options.proceed();
    }
  }

  return {
    get quitting() {
      return state !== 'running';
    },
    beforeQuit(preventDefault) {
      if (state === 'stopped') return;
      preventDefault();
      if (state === 'running') {
        state = 'stopping';
        void shutdown();
      }
    },
  };
}
