import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventDatabase } from '../../../src/main/store/event-database.ts';
import { makeTempDir } from './helpers/temp-dir.ts';

const child = fileURLToPath(new URL('./fixtures/append-then-die.ts', import.meta.url));

describe('a reported commit', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('survives the process being killed right after the append resolved', async () => {
    const path = temp.file('events.db');
    const { stdout, signal } = await new Promise<{ stdout: string; signal: NodeJS.Signals | null }>(
      (resolve, reject) => {
        const proc = spawn(process.execPath, [child, path], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        proc.on('error', reject);
        proc.on('exit', (_code, sig) => resolve({ stdout: out, signal: sig }));
      },
    );
    expect(signal).toBe('SIGKILL');
    expect(JSON.parse(stdout)).toMatchObject({ count: 1, lastId: 'survivor', lastRowId: 1 });

    const db = new EventDatabase(path);
    try {
      expect(db.query({}).events.map((event) => event.id)).toEqual(['survivor']);
      expect(db.cursors()).toEqual({ mt5: 'deal:1' });
    } finally {
      db.close();
    }
  });
});
