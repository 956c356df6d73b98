import type { CanonicalEvent } from '../../shared/events/index.ts';
import type { ConnectionInfo } from '../../shared/connections/connection-info.ts';

/** Everything published on the core bus. Events arrive here only after they are committed. */
export type CoreTopics = {
  'events.committed': readonly CanonicalEvent[];
  'connections.changed': readonly ConnectionInfo[];
};
