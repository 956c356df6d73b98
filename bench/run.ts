/**
 * npm run bench: every benchmark, each figure on its own line with its same-run baseline.
 * Figures vary with the machine; compare ratios, not absolute numbers, across machines.
 */
import { cpus } from 'node:os';
import { printFigures, type Figure } from './figure.ts';

const suites: { title: string; load: () => Promise<{ default: () => Promise<Figure[]> }> }[] = [
  { title: 'pipeline', load: () => import('./pipeline.ts') },
  { title: 'store blocking the IPC thread', load: () => import('./store-blocking.ts') },
];

process.stdout.write(`Tradewatch bench on Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'})\n`);
for (const suite of suites) {
  process.stdout.write(`\n## ${suite.title}\n`);
  const { default: run } = await suite.load();
  printFigures(await run());
}
