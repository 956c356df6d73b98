import { describe, expect, it, vi } from 'vitest';
import type { PushBatch } from '../../../src/shared/ipc/contract.ts';
import { createTradewatchApi, unwrapCallResult, type PreloadIpc } from '../../../src/preload/api.ts';

type Listener = (event: unknown, batch: unknown) => void;

/** An ipcRenderer stand-in: records invokes, lets the test emit pushes. */
function fakeIpc(reply: unknown = { ok: true, value: 'v' }) {
  const listeners = new Map<string, Set<Listener>>();
  const invoke = vi.fn(async (..._args: unknown[]) => reply);
  const ipc: PreloadIpc = {
    invoke,
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'ipc-event', ports: [] }, args[0]);
  };
  const count = (channel: string) => listeners.get(channel)?.size ?? 0;
  return { ipc, invoke, emit, count };
}

const batch: PushBatch = [{ name: 'connections', payload: [] }];

describe('unwrapCallResult', () => {
  it('returns the value of an ok result, including falsy values', () => {
    expect(unwrapCallResult('x', { ok: true, value: 0 })).toBe(0);
    expect(unwrapCallResult('x', { ok: true, value: undefined })).toBeUndefined();
  });

  it('throws an Error carrying the main-side message', () => {
    expect(() => unwrapCallResult('x', { ok: false, error: 'invalid request' })).toThrow(new Error('invalid request'));
  });

  it('throws on anything that is not a CallResult', () => {
    for (const bad of [undefined, null, 'ok', { ok: true }, { ok: 'yes', value: 1 }]) {
      expect(() => unwrapCallResult('x', bad)).toThrow(/malformed reply/);
    }
    expect(() => unwrapCallResult('x', { ok: false, error: 42 })).toThrow("call 'x' failed");
  });
});

describe('createTradewatchApi().call', () => {
  it('invokes the call channel with name and request and unwraps the value', async () => {
    const { ipc, invoke } = fakeIpc({ ok: true, value: { version: '1', demo: true, dbPath: '/d' } });
    const api = createTradewatchApi(ipc);
    await expect(api.call('app.info', {})).resolves.toEqual({ version: '1', demo: true, dbPath: '/d' });
    expect(invoke).toHaveBeenCalledWith('tradewatch:call', 'app.info', {});
  });

  it('rejects unknown names without touching IPC', async () => {
    const { ipc, invoke } = fakeIpc();
    const api = createTradewatchApi(ipc);
    await expect(api.call('shell.exec' as never, {} as never)).rejects.toThrow("unknown call 'shell.exec'");
    await expect(api.call('__proto__' as never, {} as never)).rejects.toThrow(/unknown call/);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('turns an error result into a rejected promise', async () => {
    const { ipc } = fakeIpc({ ok: false, error: 'untrusted sender' });
    await expect(createTradewatchApi(ipc).call('connections.list', {})).rejects.toThrow('untrusted sender');
  });
});

describe('createTradewatchApi().onPush', () => {
  it('passes only the batch to the listener, never the IPC event', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createTradewatchApi(ipc).onPush(listener);
    emit('tradewatch:push', batch);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([batch]);
  });

  it('ignores other channels and non-array payloads', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createTradewatchApi(ipc).onPush(listener);
    emit('other', batch);
    emit('tradewatch:push', { not: 'a batch' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('returns a disposer that removes exactly its own registration, once', () => {
    const { ipc, emit, count } = fakeIpc();
    const api = createTradewatchApi(ipc);
    const a = vi.fn();
    const b = vi.fn();
    const disposeA = api.onPush(a);
    api.onPush(b);
    expect(count('tradewatch:push')).toBe(2);
    disposeA();
    disposeA();
    expect(count('tradewatch:push')).toBe(1);
    emit('tradewatch:push', batch);
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledTimes(1);
  });

  it('keeps delivering to other listeners when one throws', () => {
    const { ipc, emit } = fakeIpc();
    const errors: unknown[] = [];
    const api = createTradewatchApi(ipc, (e) => errors.push(e));
    const good = vi.fn();
    api.onPush(() => {
      throw new Error('boom');
    });
    api.onPush(good);
    emit('tradewatch:push', batch);
    expect(good).toHaveBeenCalledTimes(1);
    expect(errors).toHaveLength(1);
  });

  it('refuses a non-function listener', () => {
    const { ipc } = fakeIpc();
    expect(() => createTradewatchApi(ipc).onPush('nope' as never)).toThrow(TypeError);
  });
});
