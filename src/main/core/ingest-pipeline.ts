import { randomUUID } from 'node:crypto';
import type { CanonicalEvent, EventDraft } from '../../shared/events/index.ts';
import type { Bus } from '../bus/bus.ts';
import type { CoreTopics } from '../bus/core-topics.ts';
import { finalizeEvent } from '../normalize/finalize-event.ts';
import { rejectedDraft } from '../normalize/json-frame.ts';
import type { Normalizer, RawFrame } from '../normalize/normalizer.ts';
import type { CommitReport, EventStore } from '../store/event-store.ts';

export interface SourceIdentity {
  id: string;
  kind: string;
}

export interface IngestPipelineOptions {
  store: EventStore;
  bus: Bus<CoreTopics>;
  newId?: () => string;
  /** Every event as soon as it is normalized, before the commit (connection stats). */
  onReceived?: (source: SourceIdentity, events: readonly CanonicalEvent[]) => void;
  onCommit?: (report: CommitReport) => void;
  onStoreError?: (error: unknown) => void;
}

/**
 * source frame -> normalize -> finalize (validate) -> store -> bus. Events reach the bus only
 * once committed, so what the UI shows is always in the log. Committed events from one group
 * commit are published together, in order.
 */
export class IngestPipeline {
  private readonly options: IngestPipelineOptions;
  private readonly newId: () => string;
  private toPublish: CanonicalEvent[] = [];
  private publishScheduled = false;
  private inFlight = new Set<Promise<unknown>>();
  /** Every append in a group commit resolves with that commit's report: report each commit once. */
  private lastReportedRowId = -1;

  constructor(options: IngestPipelineOptions) {
    this.options = options;
    this.newId = options.newId ?? randomUUID;
  }

  /** One inbound frame from a source, with the resume cursor that follows it. */
  ingestFrame(source: SourceIdentity, normalize: Normalizer, frame: RawFrame, cursor?: string): void {
    let drafts: EventDraft[];
    try {
      drafts = normalize(frame);
    } catch (error) {
      // A throwing normalizer is a bug; the frame is still kept, as rejected.
      drafts = [rejectedDraft(frame, `normalizer failed: ${(error as Error)?.message ?? String(error)}`)];
    }
    const events = drafts.map((d) =>
      finalizeEvent(d, { id: this.newId(), sourceId: source.id, sourceKind: source.kind, receivedAt: frame.receivedAt, raw: frame.payload }),
    );
    this.append(source, events, cursor);
  }

  /** An event the app itself produces (connection state changes). */
  ingestDraft(source: SourceIdentity, draft: EventDraft, receivedAt: number): void {
    this.append(source, [finalizeEvent(draft, { id: this.newId(), sourceId: source.id, sourceKind: source.kind, receivedAt })]);
  }

  /** Resolves when everything ingested so far is committed and published. */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
    this.publishNow();
  }

  private append(source: SourceIdentity, events: CanonicalEvent[], cursor?: string): void {
    if (events.length === 0 && cursor === undefined) return;
    this.options.onReceived?.(source, events);
    const cursors = cursor === undefined ? undefined : [{ sourceId: source.id, cursor }];
    const pending = this.options.store.append(events, cursors).then(
      (report) => {
        if (report.lastRowId !== this.lastReportedRowId) {
          this.lastReportedRowId = report.lastRowId;
          this.options.onCommit?.(report);
        }
        this.queuePublish(events);
      },
      (error: unknown) => this.options.onStoreError?.(error),
    );
    this.inFlight.add(pending);
    void pending.finally(() => this.inFlight.delete(pending));
  }

  private queuePublish(events: CanonicalEvent[]): void {
    for (const e of events) this.toPublish.push(e);
    if (this.publishScheduled) return;
    this.publishScheduled = true;
    // All appends resolved by one commit settle in the same microtask run; publish them as one batch after it.
    queueMicrotask(() => this.publishNow());
  }

  private publishNow(): void {
    this.publishScheduled = false;
    if (this.toPublish.length === 0) return;
    const batch = this.toPublish;
    this.toPublish = [];
    this.options.bus.publish('events.committed', batch);
  }
}
