import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Conf from 'conf';
import { createCore } from '../../core/create-core.ts';
import { createStoredProfileRepository } from '../../profiles/profile-repository.ts';
import { defaultStoreWorkerUrl } from '../../store/worker-event-store.ts';
import { packageVersion } from '../app-version.ts';
import { envSecretVault } from '../node-secrets.ts';
import { startWebServer } from './web-server.ts';
import { failWithUsage, parseHostArgs } from '../cli-args.ts';

const USAGE = `usage: npm run web -- [--port P] [--data DIR] [--db FILE]

Serves the Tradewatch UI to a browser on http://127.0.0.1:P with a one-off token, backed by
the same core as the desktop app (the demo feed runs when no profile is configured).
  --port P      port on 127.0.0.1 (default 5180; 0 picks a free one)
  --data DIR    where profiles and the event log live (default: the user's config folder)
  --db FILE     event log (default: DIR/tradewatch.db)`;

function fail(message: string): never {
  return failWithUsage(USAGE, message);
}
const values = parseHostArgs(USAGE, { port: { type: 'string', default: '5180' }, data: { type: 'string' }, db: { type: 'string' } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0-65535, got '${values.port}'`);

const rendererDir = resolve(import.meta.dirname, '../../../../out/renderer');
if (!existsSync(join(rendererDir, 'index.html'))) fail(`no built renderer in ${rendererDir}: run \`npm run build\` first (npm run web does)`);

// conf is electron-store's own backing store, so the profile file has the same format in both hosts.
const profilesStore = new Conf<Record<string, unknown>>({ projectName: 'tradewatch', configName: 'profiles', ...(values.data && { cwd: resolve(values.data) }) });
const dataDir = values.data ? resolve(values.data) : resolve(profilesStore.path, '..');
mkdirSync(dataDir, { recursive: true });
const dbPath = values.db ? resolve(values.db) : join(dataDir, 'tradewatch.db');

const log = (level: string, message: string) => process.stderr.write(`[${level}] ${message}\n`);
const core = await createCore({
  dbPath,
  storeWorkerUrl: defaultStoreWorkerUrl(),
  profiles: createStoredProfileRepository(profilesStore, (m) => log('warn', m)),
  secrets: envSecretVault(),
  appVersion: packageVersion(),
  log,
});
await core.start();
const server = await startWebServer({ core, rendererDir, port });
process.stdout.write(`Tradewatch is serving on ${server.url}\n(event log: ${dbPath}; Ctrl-C to stop)\n`);

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  await core.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
