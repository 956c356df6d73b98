import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQuitGate } from '../../../src/main/shell/quit-gate.ts';

/** Simulates Electron: quit() emits before-quit; the quit goes ahead unless a handler prevented it. */
function fakeApp() {
  const app = {
    exited: false,
    beforeQuit: (_prevent: () => void) => {},
    quit() {
      let prevented = false;
      app.beforeQuit(() => {
        prevented = true;
      });
      if (!prevented) app.exited = true;
    },
  };
  return app;
}

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createQuitGate', () => {
  it('holds the quit until shutdown has finished, then quits for real', async () => {
    const app = fakeApp();
    const stop = deferred();
    const shutdown = vi.fn(() => stop.promise);
    const gate = createQuitGate({ shutdown, proceed: () => app.quit() });
    app.beforeQuit = (prevent) => gate.beforeQuit(prevent);

    expect(gate.quitting).toBe(false);
    app.quit();
    expect(app.exited).toBe(false);
    expect(gate.quitting).toBe(true);
    expect(shutdown).toHaveBeenCalledTimes(1);

    stop.resolve();
    await vi.waitFor(() => expect(app.exited).toBe(true));
  });

  it('runs shutdown once however often quit is requested meanwhile', async () => {
    const app = fakeApp();
    const stop = deferred();
    const shutdown = vi.fn(() => stop.promise);
    const gate = createQuitGate({ shutdown, proceed: () => app.quit() });
    app.beforeQuit = (prevent) => gate.beforeQuit(prevent);
    app.quit();
    app.quit();
    app.quit();
    expect(app.exited).toBe(false);
    stop.resolve();
    await vi.waitFor(() => expect(app.exited).toBe(true));
    expect(shutdown).toHaveBeenCalledTimes(1);
  });

  it('still quits when shutdown fails, and says why', async () => {
    const app = fakeApp();
    const logs: string[] = [];
    const gate = createQuitGate({
      shutdown: async () => {
        throw new Error('disk full');
      },
      proceed: () => app.quit(),
      log: (_l, m) => logs.push(m),
    });
    app.beforeQuit = (prevent) => gate.beforeQuit(prevent);
    app.quit();
    await vi.waitFor(() => expect(app.exited).toBe(true));
    expect(logs.join()).toContain('disk full');
  });

  it('gives up waiting after the timeout', async () => {
    vi.useFakeTimers();
    const app = fakeApp();
    const logs: string[] = [];
    const gate = createQuitGate({
      shutdown: () => new Promise<void>(() => {}),
      proceed: () => app.quit(),
      timeoutMs: 1_000,
      log: (_l, m) => logs.push(m),
    });
    app.beforeQuit = (prevent) => gate.beforeQuit(prevent);
    app.quit();
    await vi.advanceTimersByTimeAsync(999);
    expect(app.exited).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.exited).toBe(true);
    expect(logs.join()).toMatch(/did not finish within 1000 ms/);
  });

  it('leaves no timer behind after a prompt shutdown', async () => {
    vi.useFakeTimers();
    const app = fakeApp();
    const gate = createQuitGate({ shutdown: async () => {}, proceed: () => app.quit() });
    app.beforeQuit = (prevent) => gate.beforeQuit(prevent);
    app.quit();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.exited).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
