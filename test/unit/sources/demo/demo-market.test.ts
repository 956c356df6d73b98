import { describe, expect, it } from 'vitest';
import { DemoMarket } from '../../../../src/main/sources/demo/demo-market.ts';
import { DEMO_SYMBOLS } from '../../../../src/main/sources/demo/demo-symbols.ts';
import type { DemoWireMessage } from '../../../../src/main/sources/demo/demo-wire.ts';
import { seededRandom } from '../../../../src/main/sources/demo/seeded-random.ts';

function run(seed: number, steps: number, start = Date.UTC(2026, 0, 5, 10, 0, 0)): DemoWireMessage[] {
  const m = new DemoMarket(seededRandom(seed));
  const out: DemoWireMessage[] = [];
  for (let i = 0; i < steps; i++) out.push(...m.step(start + i * 100));
  return out;
}

describe('DemoMarket', () => {
  it('is deterministic for a seed', () => {
    expect(run(3, 300)).toEqual(run(3, 300));
    expect(run(3, 300)).not.toEqual(run(4, 300));
  });

  it('quotes five symbols incl. EURUSD and XAUUSD with their real digits, ask above bid', () => {
    const ticks = run(1, 600).filter((m) => m.t === 'tick');
    expect(new Set(ticks.map((t) => t.sym))).toEqual(new Set(DEMO_SYMBOLS.map((s) => s.name)));
    for (const t of ticks) {
      expect(t.digits).toBe(DEMO_SYMBOLS.find((s) => s.name === t.sym)!.digits);
      expect(t.ask).toBeGreaterThan(t.bid);
    }
    expect(ticks.find((t) => t.sym === 'EURUSD')!.digits).toBe(5);
    expect(ticks.find((t) => t.sym === 'XAUUSD')!.digits).toBe(2);
  });

  it('numbers messages with a strictly increasing seq', () => {
    const seqs = run(2, 500).map((m) => m.seq);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBe(seqs[i - 1]! + 1);
  });

  it('shows the whole trade lifecycle within ten seconds, for any seed', () => {
    for (const seed of [1, 2, 3, 11, 99, 12345]) {
      const types = new Set(run(seed, 100).map((m) => m.t));
      for (const t of ['tick', 'bar', 'signal', 'signal_status', 'position_opened', 'position_closed', 'account', 'strategy_status']) expect(types, `seed ${seed}: ${t}`).toContain(t);
    }
  });

  it('closes only positions it opened, books their profit into the balance, and keeps equity consistent', () => {
    const msgs = run(5, 6000);
    const open = new Map<number, Extract<DemoWireMessage, { t: 'position_opened' }>>();
    let realised = 0;
    let closes = 0;
    for (const m of msgs) {
      if (m.t === 'position_opened') open.set(m.ticket, m);
      if (m.t === 'position_closed') {
        const o = open.get(m.ticket);
        expect(o, `close of unknown ticket ${m.ticket}`).toBeDefined();
        expect(m.entry_price).toBe(o!.entry_price);
        const dir = m.type === 'BUY' ? 1 : -1;
        expect(Math.sign(m.profit) === Math.sign((m.exit_price - m.entry_price) * dir) || m.profit === 0).toBe(true);
        realised += m.profit;
        open.delete(m.ticket);
        closes++;
      }
      if (m.t === 'account') {
        expect(m.balance).toBeCloseTo(10_000 + realised, 1);
        expect(m.equity).toBeCloseTo(m.balance + m.profit, 1);
      }
    }
    expect(closes).toBeGreaterThan(5);
  });

  it('emits a closed M1 bar when the minute turns, with high >= open/close >= low', () => {
    const bars = run(8, 900, Date.UTC(2026, 0, 5, 10, 0, 30)).filter((m) => m.t === 'bar');
    const closed = bars.filter((b) => b.closed);
    expect(closed.length).toBeGreaterThanOrEqual(5);
    for (const b of bars) {
      expect(b.h).toBeGreaterThanOrEqual(Math.max(b.o, b.c));
      expect(b.l).toBeLessThanOrEqual(Math.min(b.o, b.c));
      expect(b.open_time % 60_000).toBe(0);
    }
  });
});
