/**
 * Records demo wire frames into test/fixtures/demo/frames.jsonl (fixed seed and clock), so the
 * normalizer tests read real frames. Rerun after changing the demo protocol:
 *   node scripts/record-demo-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { DemoMarket } from '../src/main/sources/demo/demo-market.ts';
import { seededRandom } from '../src/main/sources/demo/seeded-random.ts';

const START = Date.UTC(2026, 10, 20, 9, 59, 50);
const market = new DemoMarket(seededRandom(7));
const lines: string[] = [];
const seen = new Set<string>();
// Run until every message type has appeared, across a minute boundary so a closed bar is included.
for (let step = 0; step < 2000 && (seen.size < 10 || step < 200); step++) {
  for (const m of market.step(START + step * 100)) {
    seen.add(m.t);
    lines.push(JSON.stringify(m));
  }
}
writeFileSync(new URL('../test/fixtures/demo/frames.jsonl', import.meta.url), `${lines.join('\n')}\n`);
console.log(`${lines.length} frames, types: ${[...seen].join(', ')}`);
