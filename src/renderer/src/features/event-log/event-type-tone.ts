import type { EventType } from '../../../../shared/events/index.ts';

/** Colour families for type chips: related types share a hue so the log scans by colour. */
export type TypeTone =
  'market' | 'signal' | 'position' | 'account' | 'trade' | 'status' | 'notice' | 'error' | 'system' | 'unknown';

const TONES: Record<EventType, TypeTone> = {
  price: 'market',
  candle: 'market',
  signal: 'signal',
  'signal-status': 'signal',
  'position-opened': 'position',
  'position-closed': 'position',
  'position-update': 'position',
  'positions-snapshot': 'position',
  account: 'account',
  trade: 'trade',
  'strategy-status': 'status',
  'bot-status': 'status',
  stats: 'status',
  node: 'status',
  backtest: 'status',
  notice: 'notice',
  error: 'error',
  rejected: 'error',
  'command-result': 'system',
  connection: 'system',
  unknown: 'unknown',
};

export function typeTone(type: EventType): TypeTone {
  return TONES[type];
}
