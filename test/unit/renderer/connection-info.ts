import type { ConnectionInfo } from '../../../src/shared/connections/connection-info.ts';

export function connection(over: Partial<ConnectionInfo> = {}): ConnectionInfo {
  return {
    sourceId: 'demo',
    sourceKind: 'demo',
    label: 'Demo feed',
    demo: false,
    state: 'connected',
    eventsPerMinute: 0,
    since: 0,
    attempt: 0,
    ...over,
  };
}
