import type { DatabaseSync } from 'node:sqlite';
import type { Migration } from './migration.ts';
import { MIGRATIONS } from './index.ts';

export interface MigrationResult {
  from: number;
  to: number;
  applied: string[];
}

/** The schema version recorded in the file header (0 for a new database). */
export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  return row?.user_version ?? 0;
}

/**
 * Apply the pending migrations, each in its own transaction together with the
 * `PRAGMA user_version` bump (the header write is part of the transaction), so a crash
 * leaves the file at a version whose schema it really has.
 */
export function runMigrations(db: DatabaseSync, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  assertContiguous(migrations);
  const from = schemaVersion(db);
  const latest = migrations.length;
  if (from > latest) {
    // Written by a newer app: writing to it with an older schema could corrupt it.
    throw new Error(`database schema version ${from} is newer than this app supports (${latest})`);
  }
  const applied: string[] = [];
  for (const migration of migrations.slice(from)) {
    db.exec('BEGIN IMMEDIATE');
    try {
      migration.up(db);
      db.exec(`PRAGMA user_version = ${migration.version}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw new Error(
        `migration ${migration.version} (${migration.name}) failed: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    applied.push(migration.name);
  }
  return { from, to: schemaVersion(db), applied };
}

function assertContiguous(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration list out of order: position ${index + 1} holds version ${migration.version}`);
    }
  });
}
