import { Worker } from 'node:worker_threads';
import type { StoreError, StoreOp, StoreOps, StoreResponse } from './store-protocol.ts';

interface Waiter {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Typed request/response over the store worker: every request carries an id, the answer with
 * the same id settles it. If the worker dies, every outstanding request and every later one
 * rejects with the reason, and `onFailure` is told once.
 */
export class StoreWorkerClient {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, Waiter>();
  #nextId = 1;
  #failure: Error | undefined;
  #stopping = false;
  #onFailure: (error: Error) => void = () => {};

  constructor(workerUrl: URL) {
    this.#worker = new Worker(workerUrl, { name: 'tradewatch-store' });
    this.#worker.on('message', (response: StoreResponse) => this.#settle(response));
    this.#worker.on('error', (error) =>
      this.#fail(new Error(`store worker crashed: ${error.message}`, { cause: error })),
    );
    this.#worker.on('exit', (code) =>
      this.#fail(
        new Error(this.#stopping ? 'store worker stopped' : `store worker exited unexpectedly (exit code ${code})`),
      ),
    );
  }

  /** Set by the owner to hear about a worker death (once). */
  set onFailure(listener: (error: Error) => void) {
    this.#onFailure = listener;
  }

  /** Why the worker is gone, if it is. */
  get failure(): Error | undefined {
    return this.#failure;
  }

  request<K extends StoreOp>(op: K, params: StoreOps[K]['params']): Promise<StoreOps[K]['result']> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.#worker.postMessage({ id, op, ...params });
    });
  }

  /** Stop the worker; outstanding requests reject with "store worker stopped". */
  async terminate(): Promise<void> {
    this.#stopping = true;
    await this.#worker.terminate();
  }

  #settle(response: StoreResponse): void {
    const waiter = this.#waiting.get(response.id);
    if (waiter === undefined) return;
    this.#waiting.delete(response.id);
    if (response.ok) waiter.resolve(response.result);
    else waiter.reject(fromStoreError(response.error));
  }

  #fail(error: Error): void {
    if (this.#failure !== undefined) return;
    this.#failure = error;
    for (const waiter of this.#waiting.values()) waiter.reject(error);
    this.#waiting.clear();
    if (!this.#stopping) this.#onFailure(error);
  }
}

export function fromStoreError(error: StoreError): Error {
  const result = new Error(error.message);
  result.name = error.name;
  return result;
}
