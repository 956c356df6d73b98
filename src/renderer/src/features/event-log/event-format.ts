// Number and time formatting for the log. Fixed en-US grouping so "10,000.00" reads the same
// on every trader's machine; times are local because that is the clock beside the screen.

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad3 = (n: number): string => String(n).padStart(3, '0');

/** HH:MM:SS.mmm, local time. */
export function formatClock(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}.${pad3(d.getMilliseconds())}`;
}

/** YYYY-MM-DD HH:MM:SS.mmm, local time. */
export function formatDateTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${formatClock(epochMs)}`;
}

const plainNumber = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 8 });
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const quantity = new Intl.NumberFormat('en-US', {
  useGrouping: false,
  minimumFractionDigits: 0,
  maximumFractionDigits: 8,
});
const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A quote in the instrument's own precision when known (EURUSD 5, XAUUSD 2), else as sent. */
export function formatPrice(value: number, digits?: number): string {
  if (digits !== undefined && digits >= 0 && digits <= 10) return value.toFixed(digits);
  return plainNumber.format(value);
}

/** Account amounts: grouped, two decimals. */
export function formatMoney(value: number): string {
  return money.format(value);
}

/** P&L: always signed so gains and losses read apart even without colour. */
export function formatSignedMoney(value: number): string {
  const text = money.format(Math.abs(value));
  if (text === '0.00') return text;
  return value > 0 ? `+${text}` : `-${text}`;
}

export function formatQuantity(value: number): string {
  return quantity.format(value);
}

/** Confidence arrives as 0..1 or 0..100 depending on the source. */
export function formatConfidence(value: number): string {
  const pct = Math.abs(value) <= 1 ? value * 100 : value;
  return `${percent.format(pct)}%`;
}

/** The raw wire payload, pretty-printed when it is JSON, as-is otherwise. */
export function prettyRaw(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}
