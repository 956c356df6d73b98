import { z } from 'zod';
import * as D from './event-data.ts';
import { RAW_MAX_CHARS, type EventType } from './event-types.ts';

/** Fields every canonical event carries, whatever its type. */
const envelope = {
  /** Our id, unique across sources. */
  id: z.string().min(1).max(64),
  /** The configured source (profile id) it came from. */
  sourceId: z.string().min(1).max(64),
  sourceKind: z.string().min(1).max(32),
  /** Transport channel or room, when the protocol has one. */
  channel: z.string().max(200).optional(),
  /** The event name as the source wrote it. */
  name: z.string().max(200),
  /** The source's own sequence number, where it has one. */
  seq: z.number().int().optional(),
  symbol: z.string().max(64).optional(),
  /** Source time, epoch ms (our receive time when the source gives none). */
  occurredAt: z.number().int(),
  /** Our receive time, epoch ms. */
  receivedAt: z.number().int(),
  /** The wire payload as text, cut at RAW_MAX_CHARS. */
  raw: z.string().max(RAW_MAX_CHARS + 32).optional(),
};

function member<T extends EventType, S extends z.ZodType>(type: T, data: S) {
  return z.object({ ...envelope, type: z.literal(type), data });
}

export const CanonicalEventSchema = z.discriminatedUnion('type', [
  member('signal', D.SignalData),
  member('signal-status', D.SignalStatusData),
  member('position-opened', D.PositionOpenedData),
  member('position-closed', D.PositionClosedData),
  member('position-update', D.PositionUpdateData),
  member('positions-snapshot', D.PositionsSnapshotData),
  member('account', D.AccountData),
  member('strategy-status', D.StrategyStatusData),
  member('bot-status', D.BotStatusData),
  member('trade', D.TradeData),
  member('price', D.PriceData),
  member('candle', D.CandleData),
  member('stats', D.StatsData),
  member('node', D.NodeData),
  member('backtest', D.BacktestData),
  member('notice', D.NoticeData),
  member('error', D.ErrorData),
  member('command-result', D.CommandResultData),
  member('connection', D.ConnectionData),
  member('unknown', D.UnknownData),
  member('rejected', D.RejectedData),
]);

export type CanonicalEvent = z.infer<typeof CanonicalEventSchema>;
export type EventOf<T extends EventType> = Extract<CanonicalEvent, { type: T }>;
export type DataOf<T extends EventType> = EventOf<T>['data'];

/**
 * What a normalizer produces: an event without the fields the pipeline owns
 * (id, source identity, receive time). Typed per event type, so `data` must match `type`.
 */
export type EventDraft = {
  [T in EventType]: Omit<EventOf<T>, 'id' | 'sourceId' | 'sourceKind' | 'receivedAt' | 'occurredAt' | 'raw'> & {
    occurredAt?: number;
  };
}[EventType];
