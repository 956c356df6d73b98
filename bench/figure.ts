/** One measured figure. `baseline` is measured in the same run, so the ratio survives a noisy machine. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number; unit: string };
}

function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 1000 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 4;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** Each figure on its own line; a figure with a baseline also prints the baseline and the ratio. */
export function printFigures(figures: readonly Figure[], write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): void {
  for (const f of figures) {
    write(`${f.name}: ${fmt(f.value)} ${f.unit}`);
    if (f.baseline) {
      write(`${f.name} baseline (${f.baseline.name}): ${fmt(f.baseline.value)} ${f.baseline.unit}`);
      write(`${f.name} ratio to baseline: ${fmt(f.value / f.baseline.value)}`);
    }
  }
}

/** Percentile of an ascending-sorted sample (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
