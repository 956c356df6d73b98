import type { CanonicalEvent } from '../../shared/events/index.ts';

/** Limits on the text taken from `data`, so one odd payload cannot bloat the index or stall a commit. */
export const SEARCH_TEXT_LIMITS = {
  maxDepth: 6,
  maxStrings: 200,
  maxChars: 8 * 1024,
} as const;

/** The values of one events_fts row, column by column. */
export interface SearchRow {
  name: string;
  type: string;
  symbol: string | null;
  source_id: string;
  channel: string | null;
  /** The string values found in `data`, space separated. */
  body: string;
}

export function searchRow(event: CanonicalEvent): SearchRow {
  return {
    name: event.name,
    type: event.type,
    symbol: event.symbol ?? null,
    source_id: event.sourceId,
    channel: event.channel ?? null,
    body: dataStrings(event.data).join(' '),
  };
}

/**
 * The string values of a JSON value, depth first, within SEARCH_TEXT_LIMITS. Keys, numbers and
 * booleans are left out: nobody searches for "entryPrice" or 1.0842, but they do search for a
 * strategy name, a status or the words of a message.
 */
export function dataStrings(value: unknown, limits = SEARCH_TEXT_LIMITS): string[] {
  const out: string[] = [];
  let chars = 0;
  const walk = (node: unknown, depth: number): void => {
    if (out.length >= limits.maxStrings || chars >= limits.maxChars) return;
    if (typeof node === 'string') {
      const piece = node.slice(0, limits.maxChars - chars);
      if (piece.length > 0) {
        out.push(piece);
        chars += piece.length;
      }
      return;
    }
    if (depth >= limits.maxDepth || node === null || typeof node !== 'object') return;
    for (const child of Array.isArray(node) ? node : Object.values(node)) walk(child, depth + 1);
  };
  walk(value, 0);
  return out;
}
