import type { CallName, CallRequest, CallResponse, PushBatch, TradewatchApi } from '../../../shared/ipc/contract.ts';
import type { WsClientMessage } from '../../../shared/ipc/ws-protocol.ts';
import { createStore, type ReadableStore } from '../lib/store.ts';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.ts';
import type { LinkStatus } from './link-status.ts';

/** What the client needs from a socket; the browser glue adapts a DOM WebSocket to it. */
export interface SocketHandlers {
  open(): void;
  message(text: string): void;
  close(reason: string): void;
}
export interface SocketHandle {
  send(text: string): void;
  close(): void;
}
export type OpenSocket = (url: string, handlers: SocketHandlers) => SocketHandle;

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WsRpcOptions {
  /** Asked on every attempt, so the address can change between attempts. */
  url: () => string;
  openSocket: OpenSocket;
  backoff?: BackoffOptions;
  timers?: Timers;
  now?: () => number;
  random?: () => number;
}

interface PendingCall {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * TradewatchApi over the browser host's WebSocket (shared/ipc/ws-protocol.ts): calls carry
 * increasing ids and resolve from the matching result frame; pushes go to every listener.
 * The socket reconnects with backoff; calls made while it is down wait for the next
 * attempt, and every call still unanswered when a socket closes is rejected.
 */
export class WsRpcClient implements TradewatchApi {
  private readonly options: WsRpcOptions;
  private readonly timers: Timers;
  private readonly status = createStore<LinkStatus>({ state: 'connecting', attempt: 1, reconnect: false });
  private readonly listeners = new Set<(batch: PushBatch) => void>();
  private readonly pending = new Map<number, PendingCall>();
  /** Frames written while the socket was not open, sent on the next open. */
  private unsent: string[] = [];
  private socket: SocketHandle | undefined;
  private isOpen = false;
  private everOpen = false;
  /** Attempts since the link was last open. */
  private attempt = 0;
  private nextId = 1;
  private retryTimer: unknown;
  private disposed = false;

  readonly link: ReadableStore<LinkStatus> = this.status;

  constructor(options: WsRpcOptions) {
    this.options = options;
    this.timers = options.timers ?? realTimers;
    this.connect();
  }

  call<N extends CallName>(name: N, request: CallRequest<N>): Promise<CallResponse<N>> {
    if (this.disposed) return Promise.reject(new Error('client closed'));
    const id = this.nextId++;
    const frame: WsClientMessage = { kind: 'call', id, name, request };
    const text = JSON.stringify(frame);
    return new Promise<CallResponse<N>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      if (this.isOpen && this.socket) this.socket.send(text);
      else this.unsent.push(text);
    });
  }

  onPush(listener: (batch: PushBatch) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Close for good: no more reconnects; unanswered calls are rejected. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.timers.clearTimeout(this.retryTimer);
    const socket = this.socket;
    this.socket = undefined;
    this.isOpen = false;
    socket?.close();
    this.failPending('client closed');
  }

  private connect(): void {
    if (this.disposed) return;
    this.attempt += 1;
    this.status.set({ state: 'connecting', attempt: this.attempt, reconnect: this.everOpen });
    // Handlers check they still belong to the current socket: a replaced socket may still fire.
    let socket: SocketHandle | undefined = undefined;
    const current = (): boolean => socket !== undefined && socket === this.socket;
    socket = this.options.openSocket(this.options.url(), {
      open: () => {
        if (!current()) return;
        this.isOpen = true;
        this.everOpen = true;
        this.attempt = 0;
        this.status.set({ state: 'open' });
        const frames = this.unsent;
        this.unsent = [];
        for (const text of frames) socket?.send(text);
      },
      message: (text) => {
        if (current()) this.receive(text);
      },
      close: (reason) => {
        if (current()) this.onClosed(reason);
      },
    });
    this.socket = socket;
  }

  private onClosed(reason: string): void {
    this.socket = undefined;
    this.isOpen = false;
    this.failPending(`connection to host closed (${reason})`);
    if (this.disposed) return;
    const next = this.attempt + 1;
    const delay = backoffDelay(next, this.options.backoff ?? DEFAULT_BACKOFF, this.options.random);
    const now = this.options.now?.() ?? Date.now();
    this.status.set({ state: 'waiting', attempt: next, retryAt: now + delay, reason });
    this.retryTimer = this.timers.setTimeout(() => this.connect(), delay);
  }

  private failPending(reason: string): void {
    const calls = [...this.pending.values()];
    this.pending.clear();
    this.unsent = [];
    for (const call of calls) call.reject(new Error(reason));
  }

  private receive(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return; // The host only sends JSON; anything else is noise we cannot act on.
    }
    if (!isRecord(message)) return;
    if (message.kind === 'result' && typeof message.id === 'number') {
      const call = this.pending.get(message.id);
      if (!call) return;
      this.pending.delete(message.id);
      const result = message.result;
      if (isRecord(result) && result.ok === true) call.resolve(result.value);
      else
        call.reject(
          new Error(isRecord(result) && typeof result.error === 'string' ? result.error : 'malformed result'),
        );
    } else if (message.kind === 'push' && Array.isArray(message.batch)) {
      const batch = message.batch as PushBatch;
      for (const listener of [...this.listeners]) {
        try {
          listener(batch);
        } catch (error) {
          console.error('push listener failed', error);
        }
      }
    }
  }
}
