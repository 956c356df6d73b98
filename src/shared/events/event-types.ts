/** The canonical event vocabulary: every seed event maps onto one of these. */
export const EVENT_TYPES = [
  'signal',
  'signal-status',
  'position-opened',
  'position-closed',
  'position-update',
  'positions-snapshot',
  'account',
  'strategy-status',
  'bot-status',
  'trade',
  'price',
  'candle',
  'stats',
  'node',
  'backtest',
  'notice',
  'error',
  'command-result',
  'connection',
  'unknown',
  'rejected',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** Source kinds the registry knows. Later issues add pusher, socketio, websocket, sse, mt5. */
export const SOURCE_KINDS = ['demo'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Connection states every source reports through the reconnect helper. */
export const CONNECTION_STATES = [
  'idle',
  'connecting',
  'connected',
  'stale',
  'disconnected',
  'failed',
  'stopped',
] as const;
export type ConnectionState = (typeof CONNECTION_STATES)[number];

/** Raw payloads are kept, but bounded, so one huge frame cannot bloat the log. */
export const RAW_MAX_CHARS = 16 * 1024;
