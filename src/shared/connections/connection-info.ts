import { z } from 'zod';
import { CONNECTION_STATES } from '../events/event-types.ts';

/** What the connections panel shows for one configured source. */
export const ConnectionInfoSchema = z.object({
  sourceId: z.string(),
  sourceKind: z.string(),
  label: z.string(),
  /** True for the built-in simulated feed: the UI labels it DEMO everywhere. */
  demo: z.boolean(),
  state: z.enum(CONNECTION_STATES),
  detail: z.string().optional(),
  /** Events received in the last 60 s. */
  eventsPerMinute: z.number().int().min(0),
  /** Epoch ms of the last event received, if any. */
  lastEventAt: z.number().int().optional(),
  /** Epoch ms when the current state was entered. */
  since: z.number().int(),
  attempt: z.number().int().min(0),
});
export type ConnectionInfo = z.infer<typeof ConnectionInfoSchema>;
