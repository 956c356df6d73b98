import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/temp-dir.ts';
import { openReadOnly } from '../../helpers/open-db.ts';
import { spawnHost } from '../../helpers/spawn-host.ts';
import { waitFor } from '../../helpers/wait-for.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

interface Reported {
  count: number;
  lastRowId: number;
  lastId: string;
}

function reportedCommits(stdout: string): Reported[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('commit '))
    .map((l) => {
      const [, count, rowId, id] = l.split(' ');
      return { count: Number(count), lastRowId: Number(rowId), lastId: id! };
    });
}

describe('crash safety', () => {
  it('after SIGKILL mid-ingest the file is intact and every reported commit is in it', async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const db = join(dir.path, 'crash.db');
    // A fast feed so the kill lands while commits are streaming.
    const profiles = join(dir.path, 'fast.json');
    writeFileSync(profiles, JSON.stringify({ format: 'tradewatch-profiles', version: 1, profiles: [{ id: 'fast', kind: 'demo', label: 'Fast', settings: { speed: 40 } }] }));
    const host = spawnHost('src/main/hosts/headless/cli.ts', ['--db', db, '--profiles', profiles, '--report-commits']);
    cleanups.push(() => host.child.kill('SIGKILL'));
    await waitFor(() => reportedCommits(host.stdout()).length >= 40, 'forty reported commits', 30_000);
    host.child.kill('SIGKILL');
    await host.exited;

    // Only lines printed in full count as reported; a torn last line is ignored.
    const complete = host.stdout().slice(0, host.stdout().lastIndexOf('\n') + 1);
    const reported = reportedCommits(complete);
    expect(reported.length).toBeGreaterThanOrEqual(40);

    const conn = openReadOnly(db);
    expect(conn.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    const byId = conn.prepare('SELECT rowid AS r FROM events WHERE id = ?');
    for (const c of reported) expect(byId.get(c.lastId), `commit ending ${c.lastId}`).toEqual({ r: c.lastRowId });
    const total = (conn.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
    expect(total).toBeGreaterThanOrEqual(reported.reduce((sum, c) => sum + c.count, 0));
    // The log is append-only and gap-free up to the last reported commit.
    const maxReported = Math.max(...reported.map((c) => c.lastRowId));
    expect((conn.prepare('SELECT count(*) AS n FROM events WHERE rowid <= ?').get(maxReported) as { n: number }).n).toBe(maxReported);
    conn.close();
  });
});
