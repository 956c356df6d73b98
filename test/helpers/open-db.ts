import { DatabaseSync } from 'node:sqlite';

/** Opens an event log read-only from the test, as any SQLite tool would. */
export function openReadOnly(path: string): DatabaseSync {
  return new DatabaseSync(path, { readOnly: true });
}

export function countByType(db: DatabaseSync): Record<string, number> {
  const rows = db.prepare('SELECT type, count(*) AS n FROM events GROUP BY type').all() as { type: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.type, r.n]));
}
