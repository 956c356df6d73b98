import { z } from 'zod';
import { CONNECTION_STATES } from './event-types.ts';

// Canonical payloads, one schema per event type. Normalizers build these from
// whatever the wire said (camelCase or snake_case); extra wire fields stay in `raw`.

const finite = z.number().finite();
const side = z.enum(['buy', 'sell']);
const text = z.string().max(4000);

export const SignalData = z.object({
  signalId: z.string().optional(),
  side,
  entryPrice: finite.optional(),
  stopLoss: finite.optional(),
  takeProfit: finite.optional(),
  confidence: finite.optional(),
  strategy: text.optional(),
  timeframe: z.string().max(16).optional(),
  status: z.string().max(64).optional(),
  reason: text.optional(),
  indicators: z.record(z.string(), finite).optional(),
});

export const SignalStatusData = z.object({
  signalId: z.string(),
  status: z.string().max(64),
  reason: text.optional(),
});

export const PositionOpenedData = z.object({
  positionId: z.string(),
  side,
  volume: finite,
  entryPrice: finite,
  stopLoss: finite.optional(),
  takeProfit: finite.optional(),
  strategy: text.optional(),
});

export const PositionClosedData = z.object({
  positionId: z.string(),
  side: side.optional(),
  volume: finite.optional(),
  entryPrice: finite.optional(),
  exitPrice: finite.optional(),
  profit: finite,
  durationSeconds: finite.optional(),
  reason: z.string().max(64).optional(),
});

export const PositionUpdateData = z.object({
  positionId: z.string(),
  currentPrice: finite.optional(),
  unrealizedPnl: finite.optional(),
});

export const PositionsSnapshotData = z.object({
  positions: z.array(PositionOpenedData.extend({ profit: finite.optional() })),
});

export const AccountData = z.object({
  balance: finite,
  equity: finite,
  margin: finite.optional(),
  freeMargin: finite.optional(),
  marginLevel: finite.optional(),
  profit: finite.optional(),
  currency: z.string().max(8).optional(),
});

export const StrategyStatusData = z.object({
  strategyId: z.string().optional(),
  strategyName: text.optional(),
  status: z.string().max(64),
  reason: text.optional(),
});

export const BotStatusData = z.object({
  botId: z.string().optional(),
  botName: text.optional(),
  status: z.string().max(64),
  detail: text.optional(),
});

export const TradeData = z.object({
  tradeId: z.string().optional(),
  side: side.optional(),
  price: finite.optional(),
  quantity: finite.optional(),
  profit: finite.optional(),
  status: z.string().max(64).optional(),
});

export const PriceData = z.object({
  bid: finite.optional(),
  ask: finite.optional(),
  last: finite.optional(),
  /** Decimal places the instrument is quoted in (EURUSD 5, XAUUSD 2). */
  digits: z.number().int().min(0).max(10).optional(),
});

export const CandleData = z.object({
  timeframe: z.string().max(16),
  /** Bar open time, epoch ms. */
  openTime: z.number().int(),
  open: finite,
  high: finite,
  low: finite,
  close: finite,
  volume: finite.optional(),
  closed: z.boolean(),
});

export const StatsData = z.object({
  values: z.record(z.string(), z.union([finite, z.string(), z.boolean(), z.null()])),
});

export const NodeData = z.object({
  executionId: z.string(),
  nodeId: z.string(),
  nodeName: text.optional(),
  nodeType: z.string().max(128).optional(),
  eventType: z.string().max(128),
});

export const BacktestData = z.object({
  backtestId: z.string().optional(),
  phase: z.enum(['subscribed', 'started', 'progress', 'complete', 'error']),
  progress: z.number().min(0).max(100).optional(),
  message: text.optional(),
});

export const NoticeData = z.object({
  level: z.enum(['info', 'success', 'warning']),
  kind: z.string().max(64).optional(),
  message: text,
});

export const ErrorData = z.object({
  message: text,
  code: z.string().max(64).optional(),
});

export const CommandResultData = z.object({
  command: z.string().max(64),
  ok: z.boolean(),
  message: text.optional(),
});

export const ConnectionData = z.object({
  state: z.enum(CONNECTION_STATES),
  previous: z.enum(CONNECTION_STATES).optional(),
  detail: text.optional(),
  attempt: z.number().int().min(0).optional(),
  /** When set, the next retry is due this many ms after the event. */
  retryInMs: z.number().int().min(0).optional(),
});

export const UnknownData = z.object({
  /** Why no mapping applied, e.g. "no mapping for event 'foo'". */
  note: text,
});

export const RejectedData = z.object({
  reason: text,
  issues: z.array(z.string().max(500)).max(20).optional(),
});
