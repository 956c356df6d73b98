import { CanonicalEventSchema, RAW_MAX_CHARS, type CanonicalEvent, type EventDraft } from '../../shared/events/index.ts';
import type { z } from 'zod';

export interface FinalizeContext {
  id: string;
  sourceId: string;
  sourceKind: string;
  receivedAt: number;
  /** The frame's payload text; bounded here. */
  raw?: string;
}

/** Keeps the start of an oversized payload and says how much was cut. */
export function boundRaw(raw: string): string {
  if (raw.length <= RAW_MAX_CHARS) return raw;
  return `${raw.slice(0, RAW_MAX_CHARS)}…[truncated ${raw.length - RAW_MAX_CHARS} chars]`;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.slice(0, 20).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`.slice(0, 500));
}

/**
 * Completes a normalizer's draft with the fields the pipeline owns and checks it against the
 * canonical schema. A draft that fails becomes a `rejected` event carrying the reason and the
 * raw payload, so nothing that arrived is lost.
 */
export function finalizeEvent(draft: EventDraft, ctx: FinalizeContext): CanonicalEvent {
  const raw = ctx.raw === undefined ? undefined : boundRaw(ctx.raw);
  const candidate = {
    ...draft,
    id: ctx.id,
    sourceId: ctx.sourceId,
    sourceKind: ctx.sourceKind,
    receivedAt: ctx.receivedAt,
    occurredAt: draft.occurredAt ?? ctx.receivedAt,
    ...(raw !== undefined && { raw }),
  };
  const parsed = CanonicalEventSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issues = describeIssues(parsed.error.issues);
  return {
    id: ctx.id,
    sourceId: ctx.sourceId,
    sourceKind: ctx.sourceKind,
    name: typeof draft.name === 'string' ? draft.name.slice(0, 200) : '',
    type: 'rejected',
    occurredAt: ctx.receivedAt,
    receivedAt: ctx.receivedAt,
    data: { reason: `invalid ${String(draft.type).slice(0, 40)}: ${issues[0] ?? 'schema mismatch'}`.slice(0, 4000), issues },
    ...(raw !== undefined && { raw }),
  };
}
