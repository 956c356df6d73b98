import { z } from 'zod';
import { CanonicalEventSchema } from '../events/canonical-event.ts';
import { ConnectionInfoSchema } from '../connections/connection-info.ts';
import { EventPageSchema, EventQuerySchema } from './event-query.ts';
import { ProfilesFileSchema } from '../profiles/profile-schema.ts';

/**
 * The one IPC contract shared by main, preload and renderer. Electron carries it over
 * ipcMain/ipcRenderer, the browser host over a token-protected WebSocket; both validate
 * every request with these schemas in the main-side router before a handler sees it.
 */
export const calls = {
  /** Version, data location, and whether the built-in demo feed is running. */
  'app.info': {
    request: z.object({}).strict(),
    response: z.object({ version: z.string(), demo: z.boolean(), dbPath: z.string() }),
  },
  /** Paginated history search, newest first. */
  'events.query': { request: EventQuerySchema, response: EventPageSchema },
  /** Current state of every configured source. */
  'connections.list': { request: z.object({}).strict(), response: z.array(ConnectionInfoSchema) },
  /** The connection profiles in their import/export format (secret references only). */
  'profiles.export': { request: z.object({}).strict(), response: ProfilesFileSchema },
  /** Replace the profiles with an imported file; sources restart to match. */
  'profiles.import': {
    request: z.object({ file: ProfilesFileSchema }).strict(),
    response: z.object({ count: z.number().int() }),
  },
} as const;

/** Pushed from main to renderer, batched: at most one message per frame. */
export const pushes = {
  /** Events just committed to the store, oldest first. */
  events: z.array(CanonicalEventSchema),
  /** Full connection list, whenever any of it changed. */
  connections: z.array(ConnectionInfoSchema),
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallRequest<N extends CallName> = z.input<Calls[N]['request']>;
/** The request after validation (defaults applied): what a main-side handler receives. */
export type CallParsedRequest<N extends CallName> = z.output<Calls[N]['request']>;
export type CallResponse<N extends CallName> = z.output<Calls[N]['response']>;
export type PushName = keyof typeof pushes;
export type PushPayload<N extends PushName> = z.output<(typeof pushes)[N]>;

/** One frame's worth of pushes, in order. */
export type PushBatch = { [N in PushName]: { name: N; payload: PushPayload<N> } }[PushName][];

export const CALL_NAMES = Object.keys(calls) as CallName[];
export const PUSH_NAMES = Object.keys(pushes) as PushName[];

/** Result envelope every transport returns: errors are values, never thrown across IPC. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The API the renderer sees, identical over Electron IPC and the browser WebSocket. */
export interface TradewatchApi {
  call<N extends CallName>(name: N, request: CallRequest<N>): Promise<CallResponse<N>>;
  /** Receives every push batch; returns a disposer. */
  onPush(listener: (batch: PushBatch) => void): () => void;
}

/** Electron channel names: only these two exist. */
export const IPC_CALL_CHANNEL = 'tradewatch:call';
export const IPC_PUSH_CHANNEL = 'tradewatch:push';
