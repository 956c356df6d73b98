import { EVENT_COLUMNS } from './event-row.ts';
import { ftsPrefixQuery } from './fts-query.ts';
import type { EventQuerySchema } from '../../shared/ipc/event-query.ts';
import type { z } from 'zod';

export type ParsedEventQuery = z.output<typeof EventQuerySchema>;

export interface EventQuerySql {
  sql: string;
  params: (string | number)[];
}

/**
 * The SELECT for one page: filters, then keyset pagination newest first. The SQL text depends
 * only on which filters are present (a list goes in as one JSON parameter), so there are few
 * distinct statements and each can be prepared once and reused. It asks for limit + 1 rows:
 * the extra row only tells whether another page exists.
 */
export function eventQuerySql(query: ParsedEventQuery): EventQuerySql {
  const where: string[] = [];
  const params: (string | number)[] = [];

  if (query.sourceIds !== undefined) memberOf('source_id', query.sourceIds, where, params);
  if (query.types !== undefined) memberOf('type', query.types, where, params);
  if (query.symbol !== undefined) {
    where.push('symbol = ?');
    params.push(query.symbol);
  }
  const match = query.text === undefined ? undefined : ftsPrefixQuery(query.text);
  if (match !== undefined) {
    where.push('rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)');
    params.push(match);
  }
  if (query.from !== undefined) {
    where.push('occurred_at >= ?');
    params.push(query.from);
  }
  if (query.to !== undefined) {
    where.push('occurred_at < ?');
    params.push(query.to);
  }
  if (query.before !== undefined) {
    // Row-value comparison: strictly older than the last row shown, ties broken by rowid,
    // so equal occurred_at values are neither repeated nor skipped across pages.
    where.push('(occurred_at, rowid) < (?, ?)');
    params.push(query.before.occurredAt, query.before.rowId);
  }

  const sql =
    `SELECT ${EVENT_COLUMNS} FROM events` +
    (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
    ' ORDER BY occurred_at DESC, rowid DESC LIMIT ?';
  params.push(query.limit + 1);
  return { sql, params };
}

/**
 * `column` is one of `values`. A single value is an equality, so the (column, occurred_at) index
 * yields rows already in page order and the scan stops at limit + 1; a longer list needs a sort
 * of its matches, as SQLite does not merge the per-value index ranges.
 */
function memberOf(column: string, values: readonly string[], where: string[], params: (string | number)[]): void {
  if (values.length === 1) {
    where.push(`${column} = ?`);
    params.push(values[0] as string);
  } else {
    where.push(`${column} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(values));
  }
}
