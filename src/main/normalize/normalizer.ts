import type { EventDraft } from '../../shared/events/index.ts';

/** One message as a transport delivered it, before any interpretation. */
export interface RawFrame {
  /** Epoch ms when our socket received it. */
  receivedAt: number;
  /** Transport-level channel, room or stream, when the protocol has one. */
  channel?: string;
  /** Transport-level event name (Pusher/socket.io/SSE event), when the protocol has one. */
  name?: string;
  /** The payload exactly as received: text for text protocols. */
  payload: string;
}

/**
 * A pure function: raw frame in, zero or more canonical drafts out. No I/O, no clock, no
 * randomness. Malformed input becomes a `rejected` draft; a well-formed message with no
 * mapping becomes an `unknown` draft. It must not throw (the pipeline turns a throw into
 * `rejected`, but that is a bug).
 */
export type Normalizer = (frame: RawFrame) => EventDraft[];
