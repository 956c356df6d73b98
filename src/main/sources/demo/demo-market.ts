import { DEMO_SYMBOLS, roundTo, type DemoSymbol } from './demo-symbols.ts';
import type { DemoWireMessage, UnsequencedDemoMessage } from './demo-wire.ts';

/** Leverage used for the simulated margin figures. */
const LEVERAGE = 100;
const MAX_OPEN_POSITIONS = 4;
const STRATEGIES = [
  { id: 'strat-ema-cci', name: 'EMA Triple CCI Gold' },
  { id: 'strat-breakout', name: 'London Breakout' },
] as const;
const ERRORS = [
  { code: 'TRADE_RETCODE_REQUOTE', message: 'Order send failed: requote (10004)' },
  { code: 'TRADE_RETCODE_PRICE_OFF', message: 'Order send failed: no quotes to process the request (10021)' },
  { code: 'FEED_LAG', message: 'Price feed lagging by 2.4 s' },
] as const;

interface Quote {
  symbol: DemoSymbol;
  mid: number;
  bar?: { openTime: number; o: number; h: number; l: number; c: number; v: number };
}

interface PendingSignal {
  id: string;
  quote: Quote;
  side: 'BUY' | 'SELL';
  strategy: string;
  decideAtStep: number;
}

interface OpenPosition {
  ticket: number;
  quote: Quote;
  side: 'BUY' | 'SELL';
  volume: number;
  entry: number;
  stopLoss: number;
  takeProfit: number;
  strategy: string;
  openedAt: number;
  closeAtStep: number;
}

/**
 * A deterministic market simulation: given a seeded random source, each `step(now)` returns
 * the wire messages a real feed would have sent in that ~100 ms. Rates at one step per 100 ms:
 * about 15 ticks/s across five symbols, a bar update per symbol per second, account 1/s,
 * a signal every 2-5 s, most of which execute into positions that close 4-15 s later.
 */
export class DemoMarket {
  private readonly random: () => number;
  private readonly quotes: Quote[];
  private readonly pending: PendingSignal[] = [];
  private readonly open: OpenPosition[] = [];
  private seq = 0;
  private stepCount = 0;
  private nextSignalStep = 5;
  private nextErrorStep: number;
  private nextStrategyToggleStep = 600;
  private lastSecond = -1;
  private balance = 10_000;
  private ticket: number;
  private signalCounter = 0;
  private positionsOpened = 0;
  private readonly paused = new Set<string>();

  constructor(random: () => number) {
    this.random = random;
    this.quotes = DEMO_SYMBOLS.map((symbol) => ({ symbol, mid: symbol.start * (1 + (random() - 0.5) * 0.004) }));
    this.ticket = 50_000_000 + Math.floor(random() * 1_000_000);
    this.nextErrorStep = 400 + Math.floor(random() * 300);
  }

  step(now: number): DemoWireMessage[] {
    const out: DemoWireMessage[] = [];
    const step = this.stepCount++;
    if (step === 0) for (const s of STRATEGIES) out.push(this.msg({ t: 'strategy_status', ts: now, strategyId: s.id, strategyName: s.name, status: 'started' }));

    this.closeBars(now, out);
    for (const q of this.quotes) if (this.random() < 0.3) out.push(this.tick(q, now));
    this.decideSignals(step, now, out);
    this.closePositions(step, now, out);
    if (step >= this.nextSignalStep) {
      this.nextSignalStep = step + 20 + Math.floor(this.random() * 30);
      const signal = this.newSignal(step, now);
      if (signal) out.push(signal);
    }
    if (step >= this.nextStrategyToggleStep) {
      this.nextStrategyToggleStep = step + 500 + Math.floor(this.random() * 400);
      out.push(this.toggleStrategy(now));
    }
    if (step >= this.nextErrorStep) {
      this.nextErrorStep = step + 400 + Math.floor(this.random() * 300);
      const e = ERRORS[Math.floor(this.random() * ERRORS.length)] ?? ERRORS[0];
      out.push(this.msg({ t: 'error', ts: now, message: e.message, code: e.code }));
    }
    const second = Math.floor(now / 1000);
    if (second !== this.lastSecond) {
      this.lastSecond = second;
      this.everySecond(now, out);
    }
    return out;
  }

  private msg(m: UnsequencedDemoMessage): DemoWireMessage {
    return { ...m, seq: ++this.seq } as DemoWireMessage;
  }

  private bid(q: Quote): number {
    return roundTo(q.mid - q.symbol.spread / 2, q.symbol.digits);
  }

  private ask(q: Quote): number {
    return roundTo(q.mid + q.symbol.spread / 2, q.symbol.digits);
  }

  private tick(q: Quote, now: number): DemoWireMessage {
    // A slightly mean-reverting random walk keeps prices near realistic levels all day.
    const drift = (q.symbol.start - q.mid) * 0.0005;
    q.mid += drift + (this.random() - 0.5) * 2 * q.symbol.tickMove;
    const bid = this.bid(q);
    const minute = Math.floor(now / 60_000) * 60_000;
    if (!q.bar || q.bar.openTime !== minute) q.bar = { openTime: minute, o: bid, h: bid, l: bid, c: bid, v: 0 };
    q.bar.h = Math.max(q.bar.h, bid);
    q.bar.l = Math.min(q.bar.l, bid);
    q.bar.c = bid;
    q.bar.v += 1;
    return this.msg({ t: 'tick', ts: now, sym: q.symbol.name, bid, ask: this.ask(q), digits: q.symbol.digits });
  }

  private barMessage(q: Quote, now: number, closed: boolean): DemoWireMessage | undefined {
    const bar = q.bar;
    if (!bar) return undefined;
    return this.msg({ t: 'bar', ts: now, sym: q.symbol.name, tf: 'M1', open_time: bar.openTime, o: bar.o, h: bar.h, l: bar.l, c: bar.c, v: bar.v, closed });
  }

  /** When the minute turns, every bar of the previous minute goes out once more, closed, before any new tick. */
  private closeBars(now: number, out: DemoWireMessage[]): void {
    const minute = Math.floor(now / 60_000) * 60_000;
    for (const q of this.quotes) {
      if (!q.bar || q.bar.openTime === minute) continue;
      const closed = this.barMessage(q, now, true);
      if (closed) out.push(closed);
      q.bar = undefined;
    }
  }

  private everySecond(now: number, out: DemoWireMessage[]): void {
    for (const q of this.quotes) {
      const update = this.barMessage(q, now, false);
      if (update) out.push(update);
    }
    if (Math.floor(now / 1000) % 2 === 0) {
      for (const p of this.open) {
        const price = p.side === 'BUY' ? this.bid(p.quote) : this.ask(p.quote);
        out.push(this.msg({ t: 'position_update', ts: now, ticket: p.ticket, symbol: p.quote.symbol.name, current_price: price, unrealized_pnl: this.pnl(p, price) }));
      }
    }
    out.push(this.account(now));
  }

  private account(now: number): DemoWireMessage {
    const floating = this.open.reduce((sum, p) => sum + this.pnl(p, p.side === 'BUY' ? this.bid(p.quote) : this.ask(p.quote)), 0);
    const margin = this.open.reduce((sum, p) => sum + this.usd(p.quote, p.volume * p.quote.symbol.contractSize * p.entry) / LEVERAGE, 0);
    const equity = this.balance + floating;
    return this.msg({
      t: 'account',
      ts: now,
      balance: roundTo(this.balance, 2),
      equity: roundTo(equity, 2),
      margin: roundTo(margin, 2),
      free_margin: roundTo(equity - margin, 2),
      margin_level: margin > 0 ? roundTo((equity / margin) * 100, 2) : 0,
      profit: roundTo(floating, 2),
      currency: 'USD',
    });
  }

  private usd(q: Quote, amountInQuote: number): number {
    return q.symbol.quoteNotUsd ? amountInQuote / q.mid : amountInQuote;
  }

  private pnl(p: OpenPosition, price: number): number {
    const dir = p.side === 'BUY' ? 1 : -1;
    return roundTo(this.usd(p.quote, (price - p.entry) * dir * p.volume * p.quote.symbol.contractSize), 2);
  }

  private pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.random() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  private newSignal(step: number, now: number): DemoWireMessage | undefined {
    const active = STRATEGIES.filter((s) => !this.paused.has(s.id));
    if (active.length === 0) return undefined;
    const strategy = this.pick(active);
    const quote = this.pick(this.quotes);
    const side = this.random() < 0.5 ? 'BUY' : 'SELL';
    const { digits, stopDistance } = quote.symbol;
    const entry = side === 'BUY' ? this.ask(quote) : this.bid(quote);
    const dir = side === 'BUY' ? 1 : -1;
    const id = `sig-${(++this.signalCounter).toString().padStart(5, '0')}`;
    this.pending.push({ id, quote, side, strategy: strategy.name, decideAtStep: step + 8 + Math.floor(this.random() * 8) });
    const rsi = roundTo(side === 'BUY' ? 55 + this.random() * 20 : 25 + this.random() * 20, 1);
    return this.msg({
      t: 'signal',
      ts: now,
      id,
      symbol: quote.symbol.name,
      type: side,
      entryPrice: entry,
      stopLoss: roundTo(entry - dir * stopDistance, digits),
      takeProfit: roundTo(entry + dir * stopDistance * 2, digits),
      confidence: 60 + Math.floor(this.random() * 36),
      strategy: strategy.name,
      timeframe: this.pick(['M5', 'M15', 'H1']),
      status: 'pending',
      reason: side === 'BUY' ? `RSI ${rsi} crossed above 55, CCI rising` : `RSI ${rsi} crossed below 45, CCI falling`,
    });
  }

  private decideSignals(step: number, now: number, out: DemoWireMessage[]): void {
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const s = this.pending[i];
      if (!s || s.decideAtStep > step) continue;
      this.pending.splice(i, 1);
      // The first signal always executes, so a short session shows the whole lifecycle.
      const roll = this.positionsOpened === 0 ? 0 : this.random();
      if (roll < 0.75 && this.open.length < MAX_OPEN_POSITIONS) {
        out.push(this.msg({ t: 'signal_status', ts: now, signal_id: s.id, status: 'executed' }));
        out.push(this.openPosition(s, step, now));
      } else if (roll < 0.9) {
        out.push(this.msg({ t: 'signal_status', ts: now, signal_id: s.id, status: 'cancelled', reason: 'Spread too wide' }));
      } else {
        out.push(this.msg({ t: 'signal_status', ts: now, signal_id: s.id, status: 'expired', reason: 'Entry window passed' }));
      }
    }
  }

  private openPosition(s: PendingSignal, step: number, now: number): DemoWireMessage {
    const { digits, stopDistance, lots } = s.quote.symbol;
    const entry = s.side === 'BUY' ? this.ask(s.quote) : this.bid(s.quote);
    const dir = s.side === 'BUY' ? 1 : -1;
    const p: OpenPosition = {
      ticket: ++this.ticket,
      quote: s.quote,
      side: s.side,
      volume: this.pick(lots),
      entry,
      stopLoss: roundTo(entry - dir * stopDistance, digits),
      takeProfit: roundTo(entry + dir * stopDistance * 2, digits),
      strategy: s.strategy,
      openedAt: now,
      // The first position is short-lived for the same reason; later ones last 4-15 s.
      closeAtStep: step + (this.positionsOpened === 0 ? 30 : 40 + Math.floor(this.random() * 110)),
    };
    this.positionsOpened++;
    this.open.push(p);
    return this.msg({
      t: 'position_opened',
      ts: now,
      ticket: p.ticket,
      symbol: p.quote.symbol.name,
      type: p.side,
      volume: p.volume,
      entry_price: p.entry,
      stop_loss: p.stopLoss,
      take_profit: p.takeProfit,
      strategy: p.strategy,
    });
  }

  private closePositions(step: number, now: number, out: DemoWireMessage[]): void {
    for (let i = this.open.length - 1; i >= 0; i--) {
      const p = this.open[i];
      if (!p) continue;
      const price = p.side === 'BUY' ? this.bid(p.quote) : this.ask(p.quote);
      const hitTp = p.side === 'BUY' ? price >= p.takeProfit : price <= p.takeProfit;
      const hitSl = p.side === 'BUY' ? price <= p.stopLoss : price >= p.stopLoss;
      if (!hitTp && !hitSl && step < p.closeAtStep) continue;
      this.open.splice(i, 1);
      const profit = this.pnl(p, price);
      this.balance += profit;
      out.push(
        this.msg({
          t: 'position_closed',
          ts: now,
          ticket: p.ticket,
          symbol: p.quote.symbol.name,
          type: p.side,
          volume: p.volume,
          entry_price: p.entry,
          exit_price: price,
          profit,
          duration_seconds: Math.round((now - p.openedAt) / 1000),
          close_reason: hitTp ? 'TP' : hitSl ? 'SL' : 'Manual',
        }),
      );
    }
  }

  private toggleStrategy(now: number): DemoWireMessage {
    const s = this.pick(STRATEGIES);
    if (this.paused.delete(s.id)) return this.msg({ t: 'strategy_status', ts: now, strategyId: s.id, strategyName: s.name, status: 'resumed', reason: 'Drawdown recovered' });
    this.paused.add(s.id);
    return this.msg({ t: 'strategy_status', ts: now, strategyId: s.id, strategyName: s.name, status: 'paused', reason: 'Daily drawdown limit reached' });
  }
}
