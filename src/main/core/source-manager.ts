import type { Profile } from '../../shared/profiles/profile-schema.ts';
import { DEFAULT_DEMO_PROFILE } from '../sources/demo/demo-source.ts';
import { sourceDefinition } from '../sources/source-registry.ts';
import type { SecretVault, Source, SourceDefinition } from '../sources/source.ts';
import type { ConnectionTracker } from './connection-tracker.ts';
import type { IngestPipeline } from './ingest-pipeline.ts';

export interface SourceManagerOptions {
  pipeline: IngestPipeline;
  tracker: ConnectionTracker;
  secrets: SecretVault;
  now: () => number;
  /** Connection list changed (state or membership). */
  onChange: () => void;
  log: (level: 'info' | 'warn' | 'error', message: string) => void;
}

/** Starts one source per enabled profile (the demo feed when there are none) and stops them. */
export class SourceManager {
  private readonly options: SourceManagerOptions;
  private running: { source: Source; retire: () => void }[] = [];

  constructor(options: SourceManagerOptions) {
    this.options = options;
  }

  get demoRunning(): boolean {
    return this.running.some((r) => r.source.demo);
  }

  async start(profiles: readonly Profile[], cursors: Record<string, string>): Promise<void> {
    const enabled = profiles.filter((p) => p.enabled);
    const toRun = enabled.length > 0 ? enabled : [DEFAULT_DEMO_PROFILE];
    for (const profile of toRun) this.startOne(profile, cursors[profile.id]);
    this.options.onChange();
  }

  async stop(): Promise<void> {
    const stopping = this.running;
    this.running = [];
    await Promise.all(
      stopping.map(async ({ source, retire }) => {
        try {
          await source.stop();
        } catch (e) {
          this.options.log('warn', `source ${source.id} did not stop cleanly: ${String(e)}`);
        }
        // Anything a source still delivers after stop() resolves is dropped: it is torn down.
        retire();
        this.options.tracker.unregister(source.id);
      }),
    );
    this.options.onChange();
  }

  private startOne(profile: Profile, resumeCursor: string | undefined): void {
    const { pipeline, tracker, now } = this.options;
    const definition = sourceDefinition(profile.kind) as SourceDefinition;
    const source = definition.create(profile, { secrets: this.options.secrets });
    const identity = { id: source.id, kind: source.kind };
    let live = true;
    tracker.register(source);
    source.start({
      now,
      ...(resumeCursor !== undefined && { resumeCursor }),
      emit: (frame, cursor) => {
        if (!live) return;
        pipeline.ingestFrame(identity, definition.normalize, frame, cursor);
      },
      state: (change) => {
        if (!live) return;
        const previous = tracker.setState(source.id, change);
        if (previous === undefined) return;
        pipeline.ingestDraft(
          identity,
          {
            type: 'connection',
            name: 'connection',
            data: {
              state: change.state,
              previous,
              ...(change.detail !== undefined && { detail: change.detail.slice(0, 4000) }),
              ...(change.attempt !== undefined && { attempt: change.attempt }),
              ...(change.retryInMs !== undefined && { retryInMs: Math.round(change.retryInMs) }),
            },
          },
          now(),
        );
        this.options.onChange();
      },
    });
    this.running.push({ source, retire: () => (live = false) });
  }
}
