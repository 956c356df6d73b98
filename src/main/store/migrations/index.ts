import type { Migration } from './migration.ts';
import initial from './001-initial.ts';

/** Every schema version, oldest first. Append new files here; never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [initial];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
