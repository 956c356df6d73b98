import type { EventDraft } from '../../shared/events/index.ts';
import { isWireObject, type WireObject } from './wire-fields.ts';
import type { RawFrame } from './normalizer.ts';

/** A `rejected` draft for input we could not read; `name` keeps whatever the transport called it. */
export function rejectedDraft(frame: RawFrame, reason: string, issues?: string[]): EventDraft {
  return {
    type: 'rejected',
    name: frame.name ?? '',
    ...(frame.channel !== undefined && { channel: frame.channel }),
    data: issues ? { reason, issues } : { reason },
  };
}

/** Parses a text frame that must hold one JSON object; anything else is a reason to reject. */
export function parseJsonObject(frame: RawFrame): { ok: true; value: WireObject } | { ok: false; draft: EventDraft } {
  let value: unknown;
  try {
    value = JSON.parse(frame.payload);
  } catch (error) {
    return { ok: false, draft: rejectedDraft(frame, `not JSON: ${(error as Error).message.slice(0, 200)}`) };
  }
  if (!isWireObject(value)) return { ok: false, draft: rejectedDraft(frame, 'expected a JSON object') };
  return { ok: true, value };
}
