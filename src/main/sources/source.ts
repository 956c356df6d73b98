import type { ConnectionState, SourceKind } from '../../shared/events/index.ts';
import type { Profile } from '../../shared/profiles/profile-schema.ts';
import type { Normalizer, RawFrame } from '../normalize/normalizer.ts';

export interface StateChange {
  state: ConnectionState;
  detail?: string;
  attempt?: number;
  retryInMs?: number;
}

/** What the core hands a running source. */
export interface SourceContext {
  /**
   * Deliver one inbound frame. `cursor` is the resume position *after* this frame; it is
   * committed in the same transaction as the frame's events.
   */
  emit(frame: RawFrame, cursor?: string): void;
  /** Report a connection state change (the reconnect helper does this for you). */
  state(change: StateChange): void;
  /** The last committed resume cursor, when the protocol can resume. */
  readonly resumeCursor?: string;
  /** Epoch ms; injectable so tests control time. */
  now(): number;
}

/** One configured connection, whatever its transport. One file per protocol implements it. */
export interface Source {
  readonly id: string;
  readonly kind: SourceKind;
  readonly label: string;
  /** The simulated feed: the UI labels it DEMO. */
  readonly demo: boolean;
  start(context: SourceContext): void;
  /** Close the connection and cancel every timer; resolves when nothing more will be emitted. */
  stop(): Promise<void>;
}

/** Resolves secret references from a profile (safeStorage in Electron). */
export interface SecretVault {
  get(ref: string): Promise<string | undefined>;
}

export interface SourceDeps {
  secrets: SecretVault;
}

/** A registry entry: how to build a source of one kind and how to read its frames. */
export interface SourceDefinition<P extends Profile = Profile> {
  kind: P['kind'];
  normalize: Normalizer;
  create(profile: P, deps: SourceDeps): Source;
}
