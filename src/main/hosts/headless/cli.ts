import { resolve } from 'node:path';
import { createCore } from '../../core/create-core.ts';
import { createMemoryProfileRepository } from '../../profiles/profile-repository.ts';
import { defaultStoreWorkerUrl } from '../../store/worker-event-store.ts';
import { packageVersion } from '../app-version.ts';
import { envSecretVault } from '../node-secrets.ts';
import { readProfilesFile } from '../read-profiles-file.ts';
import { failWithUsage, parseHostArgs } from '../cli-args.ts';

const USAGE = `usage: npm run headless -- --db FILE [--for SECONDS] [--profiles FILE] [--report-commits]

Runs the Tradewatch core with no UI, storing every event into FILE (SQLite).
  --db FILE          event log to create or append to (required)
  --for SECONDS      stop after this long (default: run until Ctrl-C)
  --profiles FILE    connection profiles (docs/profiles.md); the demo feed runs when absent or empty
  --report-commits   print one line per group commit: "commit <count> <lastRowId> <lastId>"`;

function fail(message: string): never {
  return failWithUsage(USAGE, message);
}
const values = parseHostArgs(USAGE, {
  db: { type: 'string' },
  for: { type: 'string' },
  profiles: { type: 'string' },
  'report-commits': { type: 'boolean', default: false },
});
if (!values.db) fail('--db is required');
const seconds = values.for === undefined ? undefined : Number(values.for);
if (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0)) fail(`--for must be a positive number of seconds, got '${values.for}'`);

const profilesFile = values.profiles ? await readProfilesFile(values.profiles).catch((e: Error) => fail(e.message)) : undefined;
const dbPath = resolve(values.db);
let committed = 0;
const core = await createCore({
  dbPath,
  storeWorkerUrl: defaultStoreWorkerUrl(),
  profiles: createMemoryProfileRepository(profilesFile),
  secrets: envSecretVault(),
  appVersion: packageVersion(),
  log: (level, message) => process.stderr.write(`[${level}] ${message}\n`),
  onCommit: (report) => {
    committed += report.count;
    if (values['report-commits']) process.stdout.write(`commit ${report.count} ${report.lastRowId} ${report.lastId}\n`);
  },
});

let stopping = false;
async function shutdown(reason: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  await core.stop();
  process.stderr.write(`tradewatch headless: ${reason}; ${committed} events committed to ${dbPath}\n`);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('interrupted'));
process.on('SIGTERM', () => void shutdown('terminated'));

await core.start();
process.stderr.write(`tradewatch headless: storing into ${dbPath}${seconds ? ` for ${seconds} s` : ' until Ctrl-C'}\n`);
if (seconds !== undefined) setTimeout(() => void shutdown(`ran for ${seconds} s`), seconds * 1000);
