import type { Bus } from '../bus/bus.ts';
import type { CoreTopics } from '../bus/core-topics.ts';
import type { CallRouter } from '../ipc/call-router.ts';
import type { ProfileRepository } from '../profiles/profile-repository.ts';
import type { SecretVault } from '../sources/source.ts';
import type { CommitReport } from '../store/event-store.ts';

export interface CoreOptions {
  /** SQLite file for the event log. */
  dbPath: string;
  /** The store worker entry: the .ts file under Node, the bundled .js in Electron. */
  storeWorkerUrl: URL;
  profiles: ProfileRepository;
  secrets: SecretVault;
  appVersion: string;
  /** Called after every group commit (the headless runner reports these). */
  onCommit?: (report: CommitReport) => void;
  /** Diagnostics sink; never given secrets. */
  log?: (level: 'info' | 'warn' | 'error', message: string) => void;
  now?: () => number;
}

/** The Electron-free heart of the app: sources -> normalize -> store -> bus, plus the call handlers. */
export interface Core {
  readonly bus: Bus<CoreTopics>;
  readonly router: CallRouter;
  /** Open the store and start every enabled source (the demo when none is configured). */
  start(): Promise<void>;
  /** Stop sources, commit everything received, close the store. */
  stop(): Promise<void>;
}
