export { ConnectionSupervisor } from './connection-supervisor.ts';
export type { SupervisedConnection, SupervisorLink, SupervisorOptions } from './connection-supervisor.ts';
export { DEFAULT_BACKOFF, backoffDelay, resolveBackoff } from './backoff.ts';
export type { BackoffPolicy } from './backoff.ts';
export { realTimers } from './timers.ts';
export type { Timers } from './timers.ts';
