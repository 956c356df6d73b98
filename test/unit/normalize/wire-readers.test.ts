import { describe, expect, it } from 'vitest';
import { compact, num, side, str } from '../../../src/main/normalize/wire-fields.ts';
import { wireTime } from '../../../src/main/normalize/wire-time.ts';
import { boundRaw, finalizeEvent } from '../../../src/main/normalize/finalize-event.ts';
import { RAW_MAX_CHARS } from '../../../src/shared/events/index.ts';

describe('wire field readers', () => {
  it('accept camelCase or snake_case and numeric strings', () => {
    expect(num({ entry_price: '1.0850' }, 'entryPrice', 'entry_price')).toBe(1.085);
    expect(num({ entryPrice: 2 }, 'entryPrice', 'entry_price')).toBe(2);
    expect(num({ entryPrice: 'abc' }, 'entryPrice')).toBeUndefined();
    expect(str({ ticket: 12345 }, 'ticket')).toBe('12345');
    expect(side({ type: 'SELL' }, 'type')).toBe('sell');
    expect(side({ type: 'HOLD' }, 'type')).toBeUndefined();
    expect(compact({ a: 1, b: undefined })).toEqual({ a: 1 });
  });

  it('read seconds, milliseconds and ISO times; zone-less ISO as UTC', () => {
    expect(wireTime({ ts: 1_700_000_000 }, 'ts')).toBe(1_700_000_000_000);
    expect(wireTime({ ts: 1_700_000_000_123 }, 'ts')).toBe(1_700_000_000_123);
    expect(wireTime({ timestamp: '2025-10-27T12:00:00' }, 'timestamp')).toBe(Date.UTC(2025, 9, 27, 12));
    expect(wireTime({ timestamp: '2025-10-27T12:00:00+02:00' }, 'timestamp')).toBe(Date.UTC(2025, 9, 27, 10));
    expect(wireTime({ timestamp: 'yesterday' }, 'timestamp')).toBeUndefined();
  });
});

describe('finalizeEvent', () => {
  const ctx = { id: 'x', sourceId: 's', sourceKind: 'demo', receivedAt: 5 };

  it('bounds the raw payload and says how much was cut', () => {
    const big = 'x'.repeat(RAW_MAX_CHARS + 100);
    expect(boundRaw(big)).toMatch(/…\[truncated 100 chars\]$/);
    const e = finalizeEvent({ type: 'notice', name: 'n', data: { level: 'info', message: 'hi' } }, { ...ctx, raw: big });
    expect(e.type).toBe('notice');
    expect(e.raw!.length).toBeLessThan(big.length);
  });

  it('turns a draft that breaks the schema into rejected, keeping the raw text', () => {
    const e = finalizeEvent({ type: 'account', name: 'acct', data: { balance: Number.NaN, equity: 1 } }, { ...ctx, raw: '{"balance":"NaN"}' });
    expect(e).toMatchObject({ type: 'rejected', name: 'acct', raw: '{"balance":"NaN"}', occurredAt: 5 });
    if (e.type === 'rejected') expect(e.data.reason).toMatch(/^invalid account: data\.balance/);
  });

  it('defaults source time to receive time', () => {
    expect(finalizeEvent({ type: 'error', name: 'e', data: { message: 'm' } }, ctx).occurredAt).toBe(5);
  });
});
