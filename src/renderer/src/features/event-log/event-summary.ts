import type { CanonicalEvent, EventOf } from '../../../../shared/events/index.ts';
import { formatConfidence, formatMoney, formatPrice, formatQuantity, formatSignedMoney } from './event-format.ts';

/** How one piece of a summary is coloured. */
export type SummaryTone = 'buy' | 'sell' | 'gain' | 'loss' | 'warn' | 'bad' | 'good' | 'muted' | 'strong';

export interface SummaryPart {
  text: string;
  tone?: SummaryTone;
}

/** Decimal places per symbol learned from price events, for events that carry no `digits`. */
export type DigitsLookup = (symbol: string) => number | undefined;

const noDigits: DigitsLookup = () => undefined;

/** Builds a summary left to right; skips pieces whose value is missing. */
class Line {
  readonly parts: SummaryPart[] = [];
  add(text: string | undefined, tone?: SummaryTone): this {
    if (text === undefined || text === '') return this;
    if (this.parts.length) this.parts.push({ text: ' ' });
    this.parts.push(tone ? { text, tone } : { text });
    return this;
  }
}

const sideTone = (side: 'buy' | 'sell'): SummaryTone => (side === 'buy' ? 'buy' : 'sell');
const pnlTone = (value: number): SummaryTone | undefined => (value > 0 ? 'gain' : value < 0 ? 'loss' : undefined);
const statusTone = (status: string): SummaryTone | undefined => {
  const s = status.toLowerCase();
  if (/(fail|error|reject|cancel|stop|halt|disconnect)/.test(s)) return 'bad';
  if (/(warn|pause|stale|pending|wait)/.test(s)) return 'warn';
  if (/(run|active|start|fill|execut|complet|success|connected|open|ok)/.test(s)) return 'good';
  return undefined;
};

/** Exit reasons the sources spell many ways, shortened the way traders write them. */
function shortReason(reason: string | undefined): string | undefined {
  if (!reason) return undefined;
  const key = reason.toLowerCase().replace(/[\s_-]/g, '');
  if (key === 'tp' || key === 'takeprofit') return 'TP';
  if (key === 'sl' || key === 'stoploss') return 'SL';
  return reason;
}

function summarize(event: CanonicalEvent, digitsOf: DigitsLookup): Line {
  const line = new Line();
  const digits = event.symbol ? digitsOf(event.symbol) : undefined;
  const price = (value: number | undefined): string | undefined =>
    value === undefined ? undefined : formatPrice(value, digits);

  switch (event.type) {
    case 'price': {
      const d = event.data;
      const p = (value: number | undefined) =>
        value === undefined ? undefined : formatPrice(value, d.digits ?? digits);
      line.add(event.symbol, 'strong');
      if (d.bid !== undefined || d.ask !== undefined)
        line
          .add(p(d.bid) ?? '—')
          .add('/', 'muted')
          .add(p(d.ask) ?? '—');
      if (d.last !== undefined)
        line.add(d.bid !== undefined || d.ask !== undefined ? 'last' : undefined, 'muted').add(p(d.last));
      return line;
    }
    case 'signal': {
      const d = event.data;
      line.add(d.side.toUpperCase(), sideTone(d.side)).add(event.symbol, 'strong');
      if (d.entryPrice !== undefined) line.add('@', 'muted').add(price(d.entryPrice));
      if (d.stopLoss !== undefined) line.add('SL', 'muted').add(price(d.stopLoss));
      if (d.takeProfit !== undefined) line.add('TP', 'muted').add(price(d.takeProfit));
      if (d.confidence !== undefined) line.add(`(${formatConfidence(d.confidence)})`);
      if (d.timeframe) line.add(d.timeframe, 'muted');
      if (d.strategy) line.add(`· ${d.strategy}`, 'muted');
      return line;
    }
    case 'signal-status': {
      const d = event.data;
      return line
        .add(d.signalId, 'strong')
        .add('→', 'muted')
        .add(d.status, statusTone(d.status))
        .add(d.reason && `(${d.reason})`, 'muted');
    }
    case 'position-opened': {
      const d = event.data;
      line.add(`#${d.positionId}`, 'strong').add(d.side.toUpperCase(), sideTone(d.side)).add(formatQuantity(d.volume));
      line.add(event.symbol, 'strong').add('@', 'muted').add(price(d.entryPrice));
      if (d.stopLoss !== undefined) line.add('SL', 'muted').add(price(d.stopLoss));
      if (d.takeProfit !== undefined) line.add('TP', 'muted').add(price(d.takeProfit));
      return line;
    }
    case 'position-closed': {
      const d = event.data;
      line.add(`#${d.positionId}`, 'strong').add(event.symbol, 'strong');
      line.add(formatSignedMoney(d.profit), pnlTone(d.profit)).add(shortReason(d.reason));
      if (d.exitPrice !== undefined) line.add('@', 'muted').add(price(d.exitPrice));
      return line;
    }
    case 'position-update': {
      const d = event.data;
      line.add(`#${d.positionId}`, 'strong').add(event.symbol, 'strong');
      if (d.currentPrice !== undefined) line.add('@', 'muted').add(price(d.currentPrice));
      if (d.unrealizedPnl !== undefined)
        line.add('uP&L', 'muted').add(formatSignedMoney(d.unrealizedPnl), pnlTone(d.unrealizedPnl));
      return line;
    }
    case 'positions-snapshot':
      return positionsSnapshot(line, event);
    case 'account': {
      const d = event.data;
      line.add('Bal', 'muted').add(formatMoney(d.balance)).add('Eq', 'muted').add(formatMoney(d.equity));
      if (d.profit !== undefined) line.add('P&L', 'muted').add(formatSignedMoney(d.profit), pnlTone(d.profit));
      if (d.freeMargin !== undefined) line.add('Free', 'muted').add(formatMoney(d.freeMargin));
      if (d.marginLevel !== undefined) line.add('ML', 'muted').add(`${formatMoney(d.marginLevel)}%`);
      return line.add(d.currency, 'muted');
    }
    case 'strategy-status': {
      const d = event.data;
      return line
        .add(d.strategyName ?? d.strategyId ?? 'strategy', 'strong')
        .add(d.status, statusTone(d.status))
        .add(d.reason && `(${d.reason})`, 'muted');
    }
    case 'bot-status': {
      const d = event.data;
      return line
        .add(d.botName ?? d.botId ?? 'bot', 'strong')
        .add(d.status, statusTone(d.status))
        .add(d.detail && `— ${d.detail}`, 'muted');
    }
    case 'trade': {
      const d = event.data;
      if (d.side) line.add(d.side.toUpperCase(), sideTone(d.side));
      if (d.quantity !== undefined) line.add(formatQuantity(d.quantity));
      line.add(event.symbol, 'strong');
      if (d.price !== undefined) line.add('@', 'muted').add(price(d.price));
      if (d.profit !== undefined) line.add('P&L', 'muted').add(formatSignedMoney(d.profit), pnlTone(d.profit));
      if (d.status) line.add(d.status, statusTone(d.status));
      return line.add(d.tradeId && `#${d.tradeId}`, 'muted');
    }
    case 'candle': {
      const d = event.data;
      line.add(event.symbol, 'strong').add(d.timeframe, 'muted');
      line.add('O', 'muted').add(price(d.open)).add('H', 'muted').add(price(d.high));
      line
        .add('L', 'muted')
        .add(price(d.low))
        .add('C', 'muted')
        .add(price(d.close), d.close >= d.open ? 'gain' : 'loss');
      return line.add(d.closed ? 'closed' : 'forming', 'muted');
    }
    case 'stats': {
      const entries = Object.entries(event.data.values);
      for (const [key, value] of entries.slice(0, 6)) line.add(`${key}=${value === null ? '—' : String(value)}`);
      return line.add(entries.length > 6 ? `+${entries.length - 6} more` : undefined, 'muted');
    }
    case 'node': {
      const d = event.data;
      return line
        .add(d.nodeName ?? d.nodeId, 'strong')
        .add(d.eventType)
        .add(d.nodeType && `(${d.nodeType})`, 'muted')
        .add(`exec ${d.executionId}`, 'muted');
    }
    case 'backtest': {
      const d = event.data;
      line.add(d.backtestId ?? 'backtest', 'strong');
      const tone: SummaryTone | undefined = d.phase === 'error' ? 'bad' : d.phase === 'complete' ? 'good' : undefined;
      line.add(d.phase, tone);
      if (d.progress !== undefined) line.add(`${Math.round(d.progress)}%`);
      return line.add(d.message && `— ${d.message}`, d.phase === 'error' ? 'bad' : 'muted');
    }
    case 'notice': {
      const d = event.data;
      const tone: SummaryTone | undefined = d.level === 'warning' ? 'warn' : d.level === 'success' ? 'good' : undefined;
      return line.add(`[${d.level}]`, tone).add(d.kind, 'muted').add(d.message);
    }
    case 'error': {
      const d = event.data;
      return line.add(d.code && `${d.code}:`, 'bad').add(d.message, 'bad');
    }
    case 'command-result': {
      const d = event.data;
      return line
        .add(d.command, 'strong')
        .add(d.ok ? 'ok' : 'failed', d.ok ? 'good' : 'bad')
        .add(d.message && `— ${d.message}`, 'muted');
    }
    case 'connection': {
      const d = event.data;
      line.add(event.sourceId, 'strong').add(d.state, connectionTone(d.state));
      if (d.detail) line.add(`— ${d.detail}`, 'muted');
      if (d.attempt)
        line.add(
          `(attempt ${d.attempt}${d.retryInMs !== undefined ? `, retry in ${formatRetry(d.retryInMs)}` : ''})`,
          'muted',
        );
      return line;
    }
    case 'unknown':
      return line.add(event.name, 'strong').add(`— ${event.data.note}`, 'muted');
    case 'rejected':
      return line.add(`rejected: ${event.data.reason}`, 'bad');
  }
}

function positionsSnapshot(line: Line, event: EventOf<'positions-snapshot'>): Line {
  const positions = event.data.positions;
  line.add(`${positions.length} open position${positions.length === 1 ? '' : 's'}`, 'strong');
  const profits = positions.map((p) => p.profit).filter((p): p is number => p !== undefined);
  if (profits.length) {
    const total = profits.reduce((a, b) => a + b, 0);
    line.add('P&L', 'muted').add(formatSignedMoney(total), pnlTone(total));
  }
  const ids = positions.slice(0, 4).map((p) => `#${p.positionId}`);
  return line.add(ids.join(' ') + (positions.length > 4 ? ' …' : ''), 'muted');
}

function connectionTone(state: string): SummaryTone | undefined {
  if (state === 'connected') return 'good';
  if (state === 'connecting' || state === 'stale') return 'warn';
  if (state === 'failed' || state === 'disconnected') return 'bad';
  return 'muted';
}

function formatRetry(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

/** The one-line, per-type summary shown in the log, as coloured parts. */
export function summaryParts(event: CanonicalEvent, digitsOf: DigitsLookup = noDigits): SummaryPart[] {
  return summarize(event, digitsOf).parts;
}

export function summaryText(event: CanonicalEvent, digitsOf: DigitsLookup = noDigits): string {
  return summaryParts(event, digitsOf)
    .map((p) => p.text)
    .join('');
}
