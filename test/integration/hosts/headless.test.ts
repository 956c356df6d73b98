import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/temp-dir.ts';
import { countByType, openReadOnly } from '../../helpers/open-db.ts';
import { spawnHost } from '../../helpers/spawn-host.ts';
import { waitFor } from '../../helpers/wait-for.ts';

const CLI = 'src/main/hosts/headless/cli.ts';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function workDir(): string {
  const dir = tempDir();
  cleanups.push(dir.remove);
  return dir.path;
}

describe('headless runner', () => {
  it('runs the demo for --for seconds, exits cleanly and leaves every demo type in the file', async () => {
    const db = join(workDir(), 'run.db');
    const host = spawnHost(CLI, ['--db', db, '--for', '8']);
    cleanups.push(() => host.child.kill('SIGKILL'));
    expect(await host.exited).toBe(0);
    expect(host.stderr()).toMatch(/ran for 8 s; \d+ events committed/);
    const conn = openReadOnly(db);
    const counts = countByType(conn);
    const total = Number(host.stderr().match(/; (\d+) events committed/)![1]);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total);
    conn.close();
    for (const t of ['price', 'candle', 'signal', 'position-opened', 'position-closed', 'account']) expect(counts[t], t).toBeGreaterThan(0);
  });

  it('commits everything received when stopped with SIGINT', async () => {
    const db = join(workDir(), 'int.db');
    const host = spawnHost(CLI, ['--db', db, '--report-commits']);
    cleanups.push(() => host.child.kill('SIGKILL'));
    await waitFor(() => host.stdout().split('\n').filter((l) => l.startsWith('commit ')).length >= 5, 'five commits');
    host.child.kill('SIGINT');
    expect(await host.exited).toBe(0);
    const conn = openReadOnly(db);
    const last = conn.prepare("SELECT data FROM events WHERE type = 'connection' ORDER BY rowid DESC LIMIT 1").get() as { data: string };
    conn.close();
    expect(JSON.parse(last.data).state).toBe('stopped');
  });

  it('runs the sources of a --profiles file', async () => {
    const dir = workDir();
    const profiles = join(dir, 'profiles.json');
    writeFileSync(profiles, JSON.stringify({ format: 'tradewatch-profiles', version: 1, profiles: [{ id: 'desk-demo', kind: 'demo', label: 'Desk', settings: { speed: 3, seed: 9 } }] }));
    const db = join(dir, 'p.db');
    const host = spawnHost(CLI, ['--db', db, '--for', '2', '--profiles', profiles]);
    expect(await host.exited).toBe(0);
    const conn = openReadOnly(db);
    const sources = conn.prepare('SELECT DISTINCT source_id AS s FROM events').all() as { s: string }[];
    conn.close();
    expect(sources.map((r) => r.s)).toEqual(['desk-demo']);
  });

  it('refuses bad arguments and invalid profile files with a clear message', async () => {
    const dir = workDir();
    const missing = spawnHost(CLI, ['--for', '1']);
    expect(await missing.exited).toBe(2);
    expect(missing.stderr()).toMatch(/--db is required/);
    const badFor = spawnHost(CLI, ['--db', join(dir, 'x.db'), '--for', 'soon']);
    expect(await badFor.exited).toBe(2);
    expect(badFor.stderr()).toMatch(/--for must be a positive number/);
    const profiles = join(dir, 'bad.json');
    writeFileSync(profiles, JSON.stringify({ format: 'tradewatch-profiles', version: 1, profiles: [{ id: 'x', kind: 'telnet', label: 'X' }] }));
    const badFile = spawnHost(CLI, ['--db', join(dir, 'y.db'), '--profiles', profiles]);
    expect(await badFile.exited).toBe(2);
    expect(badFile.stderr()).toMatch(/invalid profiles file .*bad\.json:\n {2}profiles\.0\.kind/);
  });
});
