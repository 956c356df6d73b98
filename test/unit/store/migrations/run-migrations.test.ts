import { readdirSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../src/main/store/migrations/index.ts';
import type { Migration } from '../../../../src/main/store/migrations/migration.ts';
import { runMigrations, schemaVersion } from '../../../../src/main/store/migrations/run-migrations.ts';

const migrationsDir = new URL('../../../../src/main/store/migrations/', import.meta.url);

describe('runMigrations', () => {
  let db: DatabaseSync;
  beforeEach(() => {
    db = new DatabaseSync(':memory:');
  });
  afterEach(() => db.close());

  it('lists one file per version, in order, named after its version', async () => {
    const files = readdirSync(migrationsDir)
      .filter((file) => /^\d{3}-.+\.ts$/.test(file))
      .sort();
    expect(files.length).toBe(MIGRATIONS.length);
    for (const [index, file] of files.entries()) {
      const module = (await import(new URL(file, migrationsDir).href)) as { default: Migration };
      expect(module.default.version).toBe(Number(file.slice(0, 3)));
      expect(MIGRATIONS[index]).toBe(module.default);
    }
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('brings a new database to the latest version', () => {
    const result = runMigrations(db);
    expect(result.from).toBe(0);
    expect(result.to).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('applies only the pending migrations', () => {
    const applied: number[] = [];
    const track = (version: number): Migration => ({
      version,
      name: `v${version}`,
      up: (target) => {
        applied.push(version);
        target.exec(`CREATE TABLE t${version} (x INTEGER)`);
      },
    });
    runMigrations(db, [track(1)]);
    runMigrations(db, [track(1), track(2), track(3)]);
    expect(applied).toEqual([1, 2, 3]);
    expect(schemaVersion(db)).toBe(3);
  });

  it('rolls a failing migration back, leaving the previous version', () => {
    const ok: Migration = { version: 1, name: 'ok', up: (target) => target.exec('CREATE TABLE a (x INTEGER)') };
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (target) => {
        target.exec('CREATE TABLE b (x INTEGER)');
        throw new Error('boom');
      },
    };
    expect(() => runMigrations(db, [ok, broken])).toThrow(/migration 2 \(broken\) failed: boom/);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    expect(db.isTransaction).toBe(false);
  });

  it('refuses a database written by a newer schema', () => {
    db.exec(`PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    expect(() => runMigrations(db)).toThrow(/newer than this app supports/);
  });

  it('refuses a list with gaps or out of order', () => {
    const noop = (version: number): Migration => ({ version, name: `v${version}`, up: () => {} });
    expect(() => runMigrations(db, [noop(1), noop(3)])).toThrow(/out of order/);
    expect(schemaVersion(db)).toBe(0);
  });
});
