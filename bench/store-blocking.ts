/**
 * How long storage work blocks the main thread (the one serving IPC): ~50,000 realistic events
 * appended one by one through openEventStore at a high, steady rate (20,000 events/s, far above
 * a busy trading session) while monitorEventLoopDelay samples this thread every millisecond.
 * The requirement is a maximum delay of 20 ms. Baseline: the same loop building the same
 * events, with no store. Throughput is measured separately with appends as fast as the loop
 * allows, so the store, not the feed, sets the pace.
 * Runnable alone: node bench/store-blocking.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { CanonicalEvent } from '../src/shared/events/index.ts';
import type { CommitReport, EventStore } from '../src/main/store/event-store.ts';
import { defaultStoreWorkerUrl, openEventStore } from '../src/main/store/worker-event-store.ts';
import { printFigures, type Figure } from './figure.ts';

export interface StoreBlockingOptions {
  /** Events per phase (the smoke test uses fewer). */
  events?: number;
}

const DEFAULT_EVENTS = 50_000;
const RATE_PER_S = 20_000;
/** Events delivered per macrotask, each appended on its own, as a socket hands over a burst of frames. */
const BURST = 100;
const SAMPLE_MS = 1;

export default async function run(options: StoreBlockingOptions = {}): Promise<Figure[]> {
  const total = options.events ?? DEFAULT_EVENTS;
  const dir = mkdtempSync(join(tmpdir(), 'tradewatch-bench-store-'));
  try {
    // Baseline first: it also warms up the event builder, so the store run is not charged for JIT.
    const baseline = await measureLoopDelay(() => feed(total, RATE_PER_S, () => undefined));
    const stored = await withStore(join(dir, 'paced.db'), (store) =>
      measureLoopDelay(() => feedAndCommit(store, total, RATE_PER_S)),
    );
    const saturated = await withStore(join(dir, 'saturated.db'), (store) => feedAndCommit(store, total, Infinity));

    const sameLoop = 'same paced loop building the events, no store';
    return [
      {
        name: `main-thread event-loop delay max, storing ${RATE_PER_S} events/s`,
        value: stored.maxMs,
        unit: 'ms',
        baseline: { name: sameLoop, value: baseline.maxMs, unit: 'ms' },
      },
      {
        name: `main-thread event-loop delay p99, storing ${RATE_PER_S} events/s`,
        value: stored.p99Ms,
        unit: 'ms',
        baseline: { name: sameLoop, value: baseline.p99Ms, unit: 'ms' },
      },
      {
        name: 'commit throughput, appends unpaced (append to durable)',
        value: total / (saturated.ms / 1000),
        unit: 'events/s',
      },
      { name: 'events per group commit, unpaced (mean)', value: total / saturated.commits, unit: 'events' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withStore<T>(path: string, use: (store: EventStore) => Promise<T>): Promise<T> {
  const store = await openEventStore({ path, workerUrl: defaultStoreWorkerUrl() });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** Append every event on its own and wait until all are durable. */
async function feedAndCommit(store: EventStore, total: number, rate: number): Promise<{ ms: number; commits: number }> {
  const reports: Promise<CommitReport>[] = [];
  const startedAt = performance.now();
  await feed(total, rate, (event) => void reports.push(store.append([event])));
  const committed = await Promise.all(reports);
  return { ms: performance.now() - startedAt, commits: new Set(committed.map((report) => report.lastRowId)).size };
}

/** Build `total` events and hand them to `deliver` in bursts at `rate` events/s (Infinity: just yield between bursts). */
async function feed(total: number, rate: number, deliver: (event: CanonicalEvent) => void): Promise<void> {
  const events = new RealisticEvents();
  const startedAt = performance.now();
  for (let sent = 0; sent < total;) {
    const burst = Math.min(BURST, total - sent);
    for (let i = 0; i < burst; i++) deliver(events.next());
    sent += burst;
    const wait = startedAt + (sent / rate) * 1000 - performance.now();
    await new Promise((resolve) => (wait > 0 ? setTimeout(resolve, wait) : setImmediate(resolve)));
  }
}

interface LoopDelay {
  maxMs: number;
  p99Ms: number;
}

/** This thread's event-loop delay while `work` runs. Each sample includes the 1 ms interval itself. */
async function measureLoopDelay(work: () => Promise<unknown>): Promise<LoopDelay> {
  const histogram = monitorEventLoopDelay({ resolution: SAMPLE_MS });
  histogram.enable();
  // Let the sampler start before the work, so a block at the very start is seen.
  await new Promise((resolve) => setTimeout(resolve, 5 * SAMPLE_MS));
  await work();
  await new Promise((resolve) => setTimeout(resolve, 5 * SAMPLE_MS));
  histogram.disable();
  return { maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6 };
}

const SYMBOLS = ['EURUSD', 'GBPUSD', 'USDJPY', 'XAUUSD', 'BTCUSDT', 'ETHUSDT', 'US30', 'NAS100'] as const;
const STRATEGIES = ['Breakout Alpha', 'Mean Reversion H1', 'London Open Momentum', 'Grid Scalper'];
const SOURCES = [
  { id: 'executor-main', kind: 'pusher', channel: 'executor-42' },
  { id: 'bot-platform', kind: 'pusher', channel: 'bot-updates' },
  { id: 'crypto-bot', kind: 'websocket' },
  { id: 'backtest-sse', kind: 'sse', channel: 'session-7' },
  { id: 'mt5', kind: 'mt5' },
] as const;

/**
 * A deterministic stream shaped like a busy session: mostly price ticks, then candles, position
 * and account updates, signals, trades and the odd notice or error, each with its wire payload.
 */
class RealisticEvents {
  #n = 0;
  #t = Date.UTC(2026, 0, 12, 8);

  next(): CanonicalEvent {
    const n = this.#n++;
    this.#t += 1 + (n % 3);
    const source = SOURCES[n % SOURCES.length]!;
    const symbol = SYMBOLS[(n * 7) % SYMBOLS.length]!;
    const price = 1 + ((n * 37) % 1000) / 10_000;
    const envelope = {
      id: `${source.id}-${n}`,
      sourceId: source.id,
      sourceKind: source.kind,
      ...('channel' in source ? { channel: source.channel } : {}),
      seq: n,
      symbol,
      occurredAt: this.#t,
      receivedAt: this.#t + 3,
    };
    const pick = n % 100;
    let event: CanonicalEvent;
    if (pick < 70) {
      event = {
        ...envelope,
        type: 'price',
        name: 'price_update',
        data: { bid: price, ask: price + 0.0002, digits: 5 },
      };
    } else if (pick < 78) {
      event = {
        ...envelope,
        type: 'candle',
        name: 'candle_update',
        data: {
          timeframe: 'M1',
          openTime: this.#t - (this.#t % 60_000),
          open: price,
          high: price + 0.001,
          low: price - 0.001,
          close: price,
          volume: 120 + (n % 50),
          closed: n % 10 === 0,
        },
      };
    } else if (pick < 84) {
      event = {
        ...envelope,
        type: 'position-update',
        name: 'position_update',
        data: { positionId: `P-${n % 40}`, currentPrice: price, unrealizedPnl: ((n % 200) - 100) / 3 },
      };
    } else if (pick < 88) {
      event = {
        ...envelope,
        type: 'account',
        name: 'account-update',
        data: {
          balance: 10_000,
          equity: 10_000 + (n % 500),
          margin: 350,
          freeMargin: 9_650,
          marginLevel: 2857,
          currency: 'USD',
        },
      };
    } else if (pick < 93) {
      event = {
        ...envelope,
        type: 'signal',
        name: 'trading-signal',
        data: {
          signalId: `S-${n}`,
          side: n % 2 === 0 ? 'buy' : 'sell',
          entryPrice: price,
          stopLoss: price - 0.005,
          takeProfit: price + 0.01,
          confidence: 0.72,
          strategy: STRATEGIES[n % STRATEGIES.length],
          timeframe: 'H1',
          reason: `Close above the 20-bar high on ${symbol} with rising volume`,
        },
      };
    } else if (pick < 97) {
      event = {
        ...envelope,
        type: 'trade',
        name: 'trade_executed',
        data: { tradeId: `T-${n}`, side: 'buy', price, quantity: 0.1, status: 'filled' },
      };
    } else if (pick < 99) {
      event = {
        ...envelope,
        type: 'notice',
        name: 'notification',
        data: {
          level: 'warning',
          kind: 'margin_warning',
          message: `Margin level dropped to ${150 + (n % 50)}% on account 5531`,
        },
      };
    } else {
      event = {
        ...envelope,
        type: 'error',
        name: 'error',
        data: { message: 'Order rejected by broker: not enough money', code: 'TRADE_RETCODE_NO_MONEY' },
      };
    }
    // The wire payload as a source would have received it.
    event.raw = JSON.stringify({
      event: event.name,
      channel: envelope.channel,
      data: { ...event.data, symbol, ts: envelope.occurredAt },
    });
    return event;
  }
}

if (import.meta.main) printFigures(await run());
