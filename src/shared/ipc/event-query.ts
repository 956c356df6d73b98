import { z } from 'zod';
import { CanonicalEventSchema } from '../events/canonical-event.ts';
import { EVENT_TYPES } from '../events/event-types.ts';

export const EVENT_PAGE_MAX = 500;

/** Opaque keyset cursor: position of the last row of the previous page. */
export const EventCursorSchema = z.object({
  occurredAt: z.number().int(),
  rowId: z.number().int().min(0),
});
export type EventCursor = z.infer<typeof EventCursorSchema>;

/** History search. Every filter is optional; results are newest first. */
export const EventQuerySchema = z.object({
  sourceIds: z.array(z.string().max(64)).max(50).optional(),
  types: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length).optional(),
  symbol: z.string().max(64).optional(),
  /** Free text, matched as word prefixes over the searchable text (FTS5). */
  text: z.string().max(200).optional(),
  /** Inclusive lower bound on occurredAt, epoch ms. */
  from: z.number().int().optional(),
  /** Exclusive upper bound on occurredAt, epoch ms. */
  to: z.number().int().optional(),
  before: EventCursorSchema.optional(),
  limit: z.number().int().min(1).max(EVENT_PAGE_MAX).default(100),
});
export type EventQuery = z.input<typeof EventQuerySchema>;

export const EventPageSchema = z.object({
  events: z.array(CanonicalEventSchema),
  /** Pass as `before` to get the next (older) page; absent on the last page. */
  next: EventCursorSchema.optional(),
});
export type EventPage = z.infer<typeof EventPageSchema>;
