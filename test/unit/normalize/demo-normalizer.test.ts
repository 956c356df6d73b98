import { describe, expect, it } from 'vitest';
import { CanonicalEventSchema, type CanonicalEvent } from '../../../src/shared/events/index.ts';
import { normalizeDemo } from '../../../src/main/normalize/demo/demo-normalizer.ts';
import { finalizeEvent } from '../../../src/main/normalize/finalize-event.ts';
import { demoFrames, invalidDemoFrames } from '../../helpers/demo-fixtures.ts';

const RECEIVED = 1_763_700_000_000;

function canonical(payload: string): CanonicalEvent[] {
  return normalizeDemo({ receivedAt: RECEIVED, payload }).map((d, i) =>
    finalizeEvent(d, { id: `e${i}`, sourceId: 'demo', sourceKind: 'demo', receivedAt: RECEIVED, raw: payload }),
  );
}

describe('demo normalizer on recorded frames', () => {
  const frames = demoFrames();
  const events = frames.flatMap(canonical);

  it('maps every recorded frame to exactly one valid, non-rejected event', () => {
    expect(events).toHaveLength(frames.length);
    for (const e of events) {
      expect(CanonicalEventSchema.safeParse(e).success).toBe(true);
      expect(e.type, JSON.stringify(e)).not.toBe('rejected');
      expect(e.type).not.toBe('unknown');
    }
  });

  it('covers every demo message type', () => {
    const types = new Set(events.map((e) => e.type));
    for (const t of ['price', 'candle', 'signal', 'signal-status', 'position-opened', 'position-update', 'position-closed', 'account', 'strategy-status', 'error']) {
      expect(types, t).toContain(t);
    }
  });

  it('keeps source time, sequence, symbol and the raw payload', () => {
    const frame = frames.find((f) => f.includes('"t":"tick"'))!;
    const wire = JSON.parse(frame);
    const [e] = canonical(frame);
    expect(e).toMatchObject({ type: 'price', name: 'tick', symbol: wire.sym, seq: wire.seq, occurredAt: wire.ts, receivedAt: RECEIVED, raw: frame });
    expect(e!.data).toEqual({ bid: wire.bid, ask: wire.ask, digits: wire.digits });
  });

  it('maps snake_case position fields and camelCase signal fields', () => {
    const opened = frames.map((f) => JSON.parse(f)).find((m) => m.t === 'position_opened');
    const [e] = canonical(JSON.stringify(opened));
    expect(e).toMatchObject({
      type: 'position-opened',
      symbol: opened.symbol,
      data: { positionId: String(opened.ticket), side: opened.type.toLowerCase(), volume: opened.volume, entryPrice: opened.entry_price, stopLoss: opened.stop_loss, takeProfit: opened.take_profit },
    });
    const signal = frames.map((f) => JSON.parse(f)).find((m) => m.t === 'signal');
    const [s] = canonical(JSON.stringify(signal));
    expect(s).toMatchObject({ type: 'signal', data: { signalId: signal.id, entryPrice: signal.entryPrice, stopLoss: signal.stopLoss, takeProfit: signal.takeProfit, confidence: signal.confidence } });
  });

  it('gives XAUUSD prices two decimals and EURUSD five', () => {
    const prices = events.filter((e) => e.type === 'price');
    const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
    for (const p of prices) {
      if (p.type !== 'price') continue;
      if (p.symbol === 'XAUUSD') expect(p.data.digits).toBe(2);
      if (p.symbol === 'EURUSD') expect(p.data.digits).toBe(5);
      expect(decimals(p.data.bid!)).toBeLessThanOrEqual(p.data.digits!);
    }
  });
});

describe('demo normalizer on malformed frames', () => {
  it.each(invalidDemoFrames())('rejects: $reason', ({ reason, frame }) => {
    const [e, ...rest] = canonical(frame);
    expect(rest).toHaveLength(0);
    expect(e!.type).toBe('rejected');
    if (e!.type !== 'rejected') return;
    expect(e!.data.reason).toContain(reason);
    expect(e!.raw).toBe(frame);
  });

  it('keeps a well-formed message with no mapping as unknown', () => {
    const [e] = canonical('{"t":"margin_call","seq":9,"level":50}');
    expect(e).toMatchObject({ type: 'unknown', name: 'margin_call', seq: 9, data: { note: "no mapping for demo message 'margin_call'" } });
  });
});
