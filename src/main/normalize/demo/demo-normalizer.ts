import type { EventDraft } from '../../../shared/events/index.ts';
import { parseJsonObject, rejectedDraft } from '../json-frame.ts';
import type { Normalizer, RawFrame } from '../normalizer.ts';
import { bool, compact, num, side, str, type WireObject } from '../wire-fields.ts';
import { wireTime } from '../wire-time.ts';

type Mapper = (m: WireObject, frame: RawFrame) => EventDraft | string;

/** Common envelope fields: wire name, sequence, symbol and source time. */
function base(m: WireObject, name: string) {
  return compact({
    name,
    seq: num(m, 'seq'),
    symbol: str(m, 'sym', 'symbol'),
    occurredAt: wireTime(m, 'ts', 'timestamp'),
  });
}

/**
 * One mapper per demo message type. A mapper returns a draft, or a string saying which
 * required field is missing; the canonical schema then checks types and ranges.
 */
const MAPPERS: Record<string, Mapper> = {
  tick: (m) => ({ ...base(m, 'tick'), type: 'price', data: compact({ bid: num(m, 'bid'), ask: num(m, 'ask'), last: num(m, 'last'), digits: num(m, 'digits') }) }),

  bar: (m) => {
    const openTime = wireTime(m, 'open_time', 'openTime');
    if (openTime === undefined) return 'bar without open_time';
    return {
      ...base(m, 'bar'),
      type: 'candle',
      data: compact({
        timeframe: str(m, 'tf', 'timeframe') ?? '',
        openTime,
        open: num(m, 'o', 'open') as number,
        high: num(m, 'h', 'high') as number,
        low: num(m, 'l', 'low') as number,
        close: num(m, 'c', 'close') as number,
        volume: num(m, 'v', 'volume'),
        closed: bool(m, 'closed') ?? false,
      }),
    };
  },

  signal: (m) => {
    const s = side(m, 'type', 'side');
    if (!s) return 'signal without BUY/SELL type';
    return {
      ...base(m, 'signal'),
      type: 'signal',
      data: compact({
        signalId: str(m, 'id', 'signal_id', 'signalId'),
        side: s,
        entryPrice: num(m, 'entryPrice', 'entry_price'),
        stopLoss: num(m, 'stopLoss', 'stop_loss'),
        takeProfit: num(m, 'takeProfit', 'take_profit'),
        confidence: num(m, 'confidence'),
        strategy: str(m, 'strategy', 'strategy_name', 'strategyName'),
        timeframe: str(m, 'timeframe'),
        status: str(m, 'status'),
        reason: str(m, 'reason'),
      }),
    };
  },

  signal_status: (m) => {
    const signalId = str(m, 'signal_id', 'signalId', 'id');
    const status = str(m, 'status');
    if (!signalId || !status) return 'signal_status needs signal_id and status';
    return { ...base(m, 'signal_status'), type: 'signal-status', data: compact({ signalId, status, reason: str(m, 'reason') }) };
  },

  position_opened: (m) => {
    const positionId = str(m, 'ticket', 'position_id', 'positionId');
    const s = side(m, 'type', 'side');
    if (!positionId || !s) return 'position_opened needs ticket and type';
    return {
      ...base(m, 'position_opened'),
      type: 'position-opened',
      data: compact({
        positionId,
        side: s,
        volume: num(m, 'volume') as number,
        entryPrice: num(m, 'entry_price', 'entryPrice') as number,
        stopLoss: num(m, 'stop_loss', 'stopLoss'),
        takeProfit: num(m, 'take_profit', 'takeProfit'),
        strategy: str(m, 'strategy'),
      }),
    };
  },

  position_update: (m) => {
    const positionId = str(m, 'ticket', 'position_id', 'positionId');
    if (!positionId) return 'position_update needs ticket';
    return {
      ...base(m, 'position_update'),
      type: 'position-update',
      data: compact({ positionId, currentPrice: num(m, 'current_price', 'currentPrice'), unrealizedPnl: num(m, 'unrealized_pnl', 'unrealizedPnl') }),
    };
  },

  position_closed: (m) => {
    const positionId = str(m, 'ticket', 'position_id', 'positionId');
    if (!positionId) return 'position_closed needs ticket';
    return {
      ...base(m, 'position_closed'),
      type: 'position-closed',
      data: compact({
        positionId,
        side: side(m, 'type', 'side'),
        volume: num(m, 'volume'),
        entryPrice: num(m, 'entry_price', 'entryPrice'),
        exitPrice: num(m, 'exit_price', 'exitPrice'),
        profit: num(m, 'profit') as number,
        durationSeconds: num(m, 'duration_seconds', 'durationSeconds', 'duration'),
        reason: str(m, 'close_reason', 'closeReason', 'reason'),
      }),
    };
  },

  account: (m) => ({
    ...base(m, 'account'),
    type: 'account',
    data: compact({
      balance: num(m, 'balance') as number,
      equity: num(m, 'equity') as number,
      margin: num(m, 'margin'),
      freeMargin: num(m, 'free_margin', 'freeMargin'),
      marginLevel: num(m, 'margin_level', 'marginLevel'),
      profit: num(m, 'profit'),
      currency: str(m, 'currency'),
    }),
  }),

  strategy_status: (m) => {
    const status = str(m, 'status');
    if (!status) return 'strategy_status needs status';
    return {
      ...base(m, 'strategy_status'),
      type: 'strategy-status',
      data: compact({ strategyId: str(m, 'strategyId', 'strategy_id'), strategyName: str(m, 'strategyName', 'strategy_name'), status, reason: str(m, 'reason') }),
    };
  },

  error: (m) => ({ ...base(m, 'error'), type: 'error', data: compact({ message: str(m, 'message') ?? 'unspecified error', code: str(m, 'code') }) }),
};

/** The demo feed's normalizer: see sources/demo/demo-wire.ts for the protocol. */
export const normalizeDemo: Normalizer = (frame) => {
  const parsed = parseJsonObject(frame);
  if (!parsed.ok) return [parsed.draft];
  const m = parsed.value;
  const t = m['t'];
  if (typeof t !== 'string') return [rejectedDraft(frame, "demo frame without a 't' field")];
  const mapper = Object.hasOwn(MAPPERS, t) ? MAPPERS[t] : undefined;
  if (!mapper) return [{ ...base(m, t.slice(0, 200)), type: 'unknown', data: { note: `no mapping for demo message '${t.slice(0, 100)}'` } }];
  const result = mapper(m, frame);
  return typeof result === 'string' ? [rejectedDraft({ ...frame, name: t.slice(0, 200) }, result)] : [result];
};
