/**
 * Pipeline benchmarks: ingest throughput through validate + normalize + store + bus, against
 * JSON.parse of the same messages alone; and ingest-to-commit latency at a steady 1,000 events/s.
 * Runnable alone: node bench/pipeline.ts
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Bus } from '../src/main/bus/bus.ts';
import type { CoreTopics } from '../src/main/bus/core-topics.ts';
import { IngestPipeline } from '../src/main/core/ingest-pipeline.ts';
import { normalizeDemo } from '../src/main/normalize/demo/demo-normalizer.ts';
import { DemoMarket } from '../src/main/sources/demo/demo-market.ts';
import { seededRandom } from '../src/main/sources/demo/seeded-random.ts';
import { defaultStoreWorkerUrl, openEventStore } from '../src/main/store/worker-event-store.ts';
import { percentile, printFigures, type Figure } from './figure.ts';

const THROUGHPUT_EVENTS = 60_000;
const LATENCY_RATE = 1_000;
const LATENCY_SECONDS = 5;

/** Realistic demo wire frames, as the feed sends them. */
function frames(count: number): string[] {
  const market = new DemoMarket(seededRandom(42));
  const out: string[] = [];
  for (let step = 0, t = Date.UTC(2026, 10, 20, 9); out.length < count; step++) for (const m of market.step(t + step * 100)) out.push(JSON.stringify(m));
  return out.slice(0, count);
}

async function withPipeline<T>(run: (pipeline: IngestPipeline, bus: Bus<CoreTopics>) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'tradewatch-bench-'));
  const store = await openEventStore({ path: join(dir, 'bench.db'), workerUrl: defaultStoreWorkerUrl() });
  const bus = new Bus<CoreTopics>();
  try {
    return await run(new IngestPipeline({ store, bus }), bus);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const source = { id: 'bench', kind: 'demo' };
const yieldToLoop = () => new Promise<void>((r) => setImmediate(r));

async function throughput(): Promise<Figure> {
  const input = frames(THROUGHPUT_EVENTS);
  // Baseline: parsing the same messages and nothing else.
  let sink = 0;
  const b0 = performance.now();
  for (const f of input) sink += (JSON.parse(f) as { seq: number }).seq;
  const baselineMs = performance.now() - b0;
  if (sink === 0) throw new Error('unreachable');

  return withPipeline(async (pipeline, bus) => {
    let published = 0;
    bus.subscribe('events.committed', (e) => (published += e.length));
    const t0 = performance.now();
    for (let i = 0; i < input.length; i++) {
      pipeline.ingestFrame(source, normalizeDemo, { receivedAt: Date.now(), payload: input[i]! });
      // Let the store's group-commit timer and the worker's replies run, as a live socket would.
      if (i % 2_000 === 1_999) await yieldToLoop();
    }
    await pipeline.drain();
    const ms = performance.now() - t0;
    if (published !== input.length) throw new Error(`published ${published} of ${input.length}`);
    return {
      name: 'pipeline ingest throughput (validate+normalize+store+bus)',
      value: input.length / (ms / 1000),
      unit: 'events/s',
      baseline: { name: 'JSON.parse of the same messages alone', value: input.length / (baselineMs / 1000), unit: 'events/s' },
    };
  });
}

async function latency(): Promise<Figure[]> {
  const input = frames(LATENCY_RATE * LATENCY_SECONDS);
  return withPipeline(async (pipeline, bus) => {
    const sentAt = new Map<number, number>();
    const latencies: number[] = [];
    bus.subscribe('events.committed', (events) => {
      const now = performance.now();
      for (const e of events) if (e.seq !== undefined) latencies.push(now - sentAt.get(e.seq)!);
    });
    // 1,000 events/s paced by the clock: each 5 ms tick sends what is due by then.
    const start = performance.now();
    let next = 0;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const due = Math.min(input.length, Math.floor(((performance.now() - start) / 1000) * LATENCY_RATE));
        for (; next < due; next++) {
          const payload = input[next]!;
          sentAt.set((JSON.parse(payload) as { seq: number }).seq, performance.now());
          pipeline.ingestFrame(source, normalizeDemo, { receivedAt: Date.now(), payload });
        }
        if (next >= input.length) {
          clearInterval(timer);
          resolve();
        }
      }, 5);
    });
    await pipeline.drain();
    latencies.sort((a, b) => a - b);
    const at = `at ${LATENCY_RATE.toLocaleString('en-US')} events/s`;
    return [
      { name: `ingest-to-commit latency p50 ${at}`, value: percentile(latencies, 50), unit: 'ms' },
      { name: `ingest-to-commit latency p99 ${at}`, value: percentile(latencies, 99), unit: 'ms' },
      { name: `ingest-to-commit latency max ${at}`, value: latencies.at(-1) ?? Number.NaN, unit: 'ms' },
    ];
  });
}

export default async function run(): Promise<Figure[]> {
  return [await throughput(), ...(await latency())];
}

if (import.meta.main) printFigures(await run());
