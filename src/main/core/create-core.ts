import { Bus } from '../bus/bus.ts';
import type { CoreTopics } from '../bus/core-topics.ts';
import { createCallRouter } from '../ipc/call-router.ts';
import { openEventStore } from '../store/worker-event-store.ts';
import type { EventStore } from '../store/event-store.ts';
import { ConnectionTracker } from './connection-tracker.ts';
import type { Core, CoreOptions } from './core.ts';
import { IngestPipeline } from './ingest-pipeline.ts';
import { SourceManager } from './source-manager.ts';

/** Connection stats (events/min, ages) are refreshed to the UI this often. */
const CONNECTIONS_REFRESH_MS = 1_000;

/** Wires sources -> normalize -> store -> bus and the call handlers. No Electron here. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const bus = new Bus<CoreTopics>((topic, error) => log('error', `bus handler for ${String(topic)} failed: ${String(error)}`));
  const tracker = new ConnectionTracker(now);
  let store: EventStore | undefined;
  let refreshTimer: ReturnType<typeof setInterval> | undefined;
  let manager: SourceManager | undefined;
  // Set by start(): stopping a core that never started has nothing to do.
  let stopStarted = async (): Promise<void> => {};

  const requireStore = (): EventStore => {
    if (!store) throw new Error('the event store is not open');
    return store;
  };
  const publishConnections = () => bus.publish('connections.changed', tracker.list());

  const router = createCallRouter(
    {
      'app.info': async () => ({ version: options.appVersion, demo: manager?.demoRunning ?? false, dbPath: options.dbPath }),
      'events.query': (query) => requireStore().query(query),
      'connections.list': async () => tracker.list(),
      'profiles.export': async () => options.profiles.load(),
      'profiles.import': async ({ file }) => {
        options.profiles.save(file);
        if (manager && store) {
          await manager.stop();
          await manager.start(file.profiles, await store.cursors());
        }
        return { count: file.profiles.length };
      },
    },
    (name, error) => log('error', `call ${name} failed: ${String(error)}`),
  );

  return {
    bus,
    router,
    async start() {
      store = await openEventStore({ path: options.dbPath, workerUrl: options.storeWorkerUrl });
      const pipeline = new IngestPipeline({
        store,
        bus,
        onReceived: (source, events) => tracker.recordEvents(source.id, events.length, now()),
        ...(options.onCommit && { onCommit: options.onCommit }),
        onStoreError: (error) => log('error', `commit failed: ${String(error)}`),
      });
      manager = new SourceManager({ pipeline, tracker, secrets: options.secrets, now, onChange: publishConnections, log });
      stopStarted = async () => {
        if (refreshTimer) clearInterval(refreshTimer);
        refreshTimer = undefined;
        await manager?.stop();
        await pipeline.drain();
        await store?.close();
        store = undefined;
      };
      await manager.start(options.profiles.load().profiles, await store.cursors());
      refreshTimer = setInterval(publishConnections, CONNECTIONS_REFRESH_MS);
    },
    stop: () => stopStarted(),
  };
}
