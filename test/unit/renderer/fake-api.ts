import type { CallName, PushBatch, TradewatchApi } from '../../../src/shared/ipc/contract.ts';

export interface RecordedCall {
  name: CallName;
  request: unknown;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** A TradewatchApi whose calls wait until the test answers them, and whose pushes the test sends. */
export function fakeApi() {
  const listeners = new Set<(batch: PushBatch) => void>();
  const calls: RecordedCall[] = [];
  const api: TradewatchApi = {
    call: ((name: CallName, request: unknown) =>
      new Promise((resolve, reject) => {
        calls.push({ name, request, resolve, reject });
      })) as TradewatchApi['call'],
    onPush(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    api,
    calls,
    push(batch: PushBatch) {
      for (const listener of listeners) listener(batch);
    },
    listenerCount: () => listeners.size,
  };
}

/** Lets pending promise callbacks run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
