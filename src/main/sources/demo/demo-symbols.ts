/** The instruments the demo quotes, with their real quoting conventions. */
export interface DemoSymbol {
  name: string;
  /** Decimal places of the quote, as MT5 reports them. */
  digits: number;
  start: number;
  spread: number;
  /** Typical size of one tick's move. */
  tickMove: number;
  /** Units per lot, for P&L. */
  contractSize: number;
  /** Quote currency is not USD (USDJPY): P&L is divided by the price to get USD. */
  quoteNotUsd?: boolean;
  /** Distance of stop loss / take profit from entry. */
  stopDistance: number;
  lots: readonly number[];
}

export const DEMO_SYMBOLS: readonly DemoSymbol[] = [
  { name: 'EURUSD', digits: 5, start: 1.085, spread: 0.00012, tickMove: 0.00004, contractSize: 100_000, stopDistance: 0.0012, lots: [0.1, 0.2, 0.5] },
  { name: 'GBPUSD', digits: 5, start: 1.268, spread: 0.00015, tickMove: 0.00005, contractSize: 100_000, stopDistance: 0.0015, lots: [0.1, 0.3] },
  { name: 'USDJPY', digits: 3, start: 151.2, spread: 0.012, tickMove: 0.006, contractSize: 100_000, quoteNotUsd: true, stopDistance: 0.18, lots: [0.1, 0.2] },
  { name: 'XAUUSD', digits: 2, start: 2650, spread: 0.25, tickMove: 0.12, contractSize: 100, stopDistance: 3.5, lots: [0.05, 0.1] },
  { name: 'BTCUSD', digits: 2, start: 97_000, spread: 12, tickMove: 6, contractSize: 1, stopDistance: 180, lots: [0.01, 0.05] },
];

export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
