import { describe, expect, it } from 'vitest';
import { summaryParts, summaryText } from '../../../src/renderer/src/features/event-log/event-summary.ts';
import { makeEvent } from './make-event.ts';

describe('event summaries', () => {
  it('price: bid / ask in the event digits', () => {
    expect(summaryText(makeEvent('price', { bid: 1.08512, ask: 1.08527, digits: 5 }, { symbol: 'EURUSD' }))).toBe(
      'EURUSD 1.08512 / 1.08527',
    );
    expect(summaryText(makeEvent('price', { bid: 2345.5, ask: 2346, digits: 2 }, { symbol: 'XAUUSD' }))).toBe(
      'XAUUSD 2345.50 / 2346.00',
    );
    expect(summaryText(makeEvent('price', { last: 67012.5, digits: 2 }, { symbol: 'BTCUSD' }))).toBe('BTCUSD 67012.50');
  });

  it('price digits from the event win over learned ones', () => {
    const event = makeEvent('price', { bid: 1.1, ask: 1.2, digits: 3 }, { symbol: 'EURUSD' });
    expect(summaryText(event, () => 5)).toBe('EURUSD 1.100 / 1.200');
  });

  it('signal: side, levels and confidence', () => {
    const event = makeEvent(
      'signal',
      { side: 'buy', entryPrice: 1.085, stopLoss: 1.08, takeProfit: 1.095, confidence: 0.85 },
      { symbol: 'EURUSD' },
    );
    expect(summaryText(event)).toBe('BUY EURUSD @ 1.085 SL 1.08 TP 1.095 (85%)');
    // With the symbol's digits learned from its prices, levels read like quotes.
    expect(summaryText(event, (s) => (s === 'EURUSD' ? 4 : undefined))).toBe(
      'BUY EURUSD @ 1.0850 SL 1.0800 TP 1.0950 (85%)',
    );
    expect(summaryParts(event)[0]).toEqual({ text: 'BUY', tone: 'buy' });
  });

  it('signal without levels still reads', () => {
    const event = makeEvent(
      'signal',
      { side: 'sell', strategy: 'London Breakout', timeframe: 'M15' },
      { symbol: 'GBPUSD' },
    );
    expect(summaryText(event)).toBe('SELL GBPUSD M15 · London Breakout');
    expect(summaryParts(event)[0]).toEqual({ text: 'SELL', tone: 'sell' });
  });

  it('position closed: id, symbol, signed profit, reason', () => {
    const win = makeEvent(
      'position-closed',
      { positionId: '12345', profit: 25, reason: 'take_profit' },
      { symbol: 'EURUSD' },
    );
    expect(summaryText(win)).toBe('#12345 EURUSD +25.00 TP');
    expect(summaryParts(win).find((p) => p.text === '+25.00')?.tone).toBe('gain');
    const loss = makeEvent(
      'position-closed',
      { positionId: '7', profit: -12.5, reason: 'SL', exitPrice: 1.2 },
      { symbol: 'GBPUSD' },
    );
    expect(summaryText(loss, () => 5)).toBe('#7 GBPUSD -12.50 SL @ 1.20000');
    expect(summaryParts(loss).find((p) => p.text === '-12.50')?.tone).toBe('loss');
  });

  it('position opened and updated', () => {
    expect(
      summaryText(
        makeEvent(
          'position-opened',
          { positionId: '9', side: 'sell', volume: 0.1, entryPrice: 151.2, stopLoss: 151.5 },
          { symbol: 'USDJPY' },
        ),
        () => 3,
      ),
    ).toBe('#9 SELL 0.1 USDJPY @ 151.200 SL 151.500');
    expect(
      summaryText(
        makeEvent(
          'position-update',
          { positionId: '9', currentPrice: 151.1, unrealizedPnl: 6.6 },
          { symbol: 'USDJPY' },
        ),
        () => 3,
      ),
    ).toBe('#9 USDJPY @ 151.100 uP&L +6.60');
  });

  it('positions snapshot: count and total P&L', () => {
    const event = makeEvent('positions-snapshot', {
      positions: [
        { positionId: '1', side: 'buy', volume: 1, entryPrice: 1, profit: 10 },
        { positionId: '2', side: 'sell', volume: 1, entryPrice: 1, profit: -4 },
      ],
    });
    expect(summaryText(event)).toBe('2 open positions P&L +6.00 #1 #2');
  });

  it('account: balance and equity grouped', () => {
    expect(summaryText(makeEvent('account', { balance: 10000, equity: 10025 }))).toBe('Bal 10,000.00 Eq 10,025.00');
    expect(summaryText(makeEvent('account', { balance: 10000, equity: 10025, profit: 25, currency: 'USD' }))).toBe(
      'Bal 10,000.00 Eq 10,025.00 P&L +25.00 USD',
    );
  });

  it('connection: source and state with retry', () => {
    expect(summaryText(makeEvent('connection', { state: 'connected' }, { sourceId: 'demo' }))).toBe('demo connected');
    expect(
      summaryText(
        makeEvent(
          'connection',
          { state: 'disconnected', detail: 'socket closed', attempt: 2, retryInMs: 4000 },
          { sourceId: 'exec' },
        ),
      ),
    ).toBe('exec disconnected — socket closed (attempt 2, retry in 4 s)');
  });

  it('rejected and unknown keep their reason', () => {
    expect(summaryText(makeEvent('rejected', { reason: 'invalid JSON' }))).toBe('rejected: invalid JSON');
    expect(summaryText(makeEvent('unknown', { note: "no mapping for event 'foo'" }, { name: 'foo' }))).toBe(
      "foo — no mapping for event 'foo'",
    );
  });

  it('covers the remaining types', () => {
    expect(summaryText(makeEvent('signal-status', { signalId: 'sig-1', status: 'executed' }))).toBe('sig-1 → executed');
    expect(summaryText(makeEvent('strategy-status', { strategyName: 'EMA', status: 'paused', reason: 'news' }))).toBe(
      'EMA paused (news)',
    );
    expect(summaryText(makeEvent('bot-status', { botId: 'b1', status: 'running' }))).toBe('b1 running');
    expect(
      summaryText(
        makeEvent(
          'trade',
          { side: 'buy', quantity: 0.5, price: 67000, profit: 12, status: 'filled' },
          { symbol: 'BTCUSD' },
        ),
        () => 2,
      ),
    ).toBe('BUY 0.5 BTCUSD @ 67000.00 P&L +12.00 filled');
    expect(
      summaryText(
        makeEvent(
          'candle',
          { timeframe: 'M1', openTime: 0, open: 1, high: 2, low: 0.5, close: 1.5, closed: true },
          { symbol: 'EURUSD' },
        ),
      ),
    ).toBe('EURUSD M1 O 1 H 2 L 0.5 C 1.5 closed');
    expect(summaryText(makeEvent('stats', { values: { trades: 4, winRate: 0.5, mode: 'live', x: null } }))).toBe(
      'trades=4 winRate=0.5 mode=live x=—',
    );
    expect(
      summaryText(makeEvent('node', { executionId: 'e1', nodeId: 'n1', nodeName: 'RSI', eventType: 'node_completed' })),
    ).toBe('RSI node_completed exec e1');
    expect(summaryText(makeEvent('backtest', { backtestId: 'bt-1', phase: 'progress', progress: 45.4 }))).toBe(
      'bt-1 progress 45%',
    );
    expect(
      summaryText(makeEvent('notice', { level: 'warning', kind: 'margin_warning', message: 'Margin at 80%' })),
    ).toBe('[warning] margin_warning Margin at 80%');
    expect(summaryText(makeEvent('error', { message: 'requote', code: 'E10004' }))).toBe('E10004: requote');
    expect(
      summaryText(makeEvent('command-result', { command: 'start_bot', ok: false, message: 'already running' })),
    ).toBe('start_bot failed — already running');
  });
});
