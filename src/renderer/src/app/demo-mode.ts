import type { ConnectionInfo } from '../../../shared/connections/connection-info.ts';

/**
 * Simulated data must never pass for real: the DEMO badge shows when the core says the demo
 * feed runs, or any demo source is present and not stopped.
 */
export function isDemoRunning(appDemo: boolean | undefined, connections: readonly ConnectionInfo[]): boolean {
  return appDemo === true || connections.some((c) => c.demo && c.state !== 'stopped');
}
