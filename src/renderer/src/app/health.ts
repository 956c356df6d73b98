import type { ConnectionInfo } from '../../../shared/connections/connection-info.ts';
import type { LinkStatus } from '../api/link-status.ts';
import { stateTone, type StateTone } from '../features/connections/connection-format.ts';

export interface Health {
  tone: StateTone;
  /** Short, for the status bar. */
  label: string;
}

/**
 * One word for "can I trust what I see": the link to the core first (nothing is live without
 * it), then the worst state among sources that are meant to be running.
 */
export function overallHealth(link: LinkStatus, connections: readonly ConnectionInfo[], now: number): Health {
  if (link.state === 'connecting') {
    const what = link.reconnect ? 'Reconnecting to host' : 'Connecting to host';
    return { tone: 'warn', label: link.attempt > 1 ? `${what} (attempt ${link.attempt})` : what };
  }
  if (link.state === 'waiting') {
    const inS = Math.max(0, Math.ceil((link.retryAt - now) / 1000));
    return { tone: 'bad', label: `Host link lost · retry in ${inS} s` };
  }
  const active = connections.filter((c) => stateTone(c.state) !== 'idle');
  if (connections.length === 0) return { tone: 'idle', label: 'No sources' };
  if (active.length === 0) return { tone: 'idle', label: 'All sources stopped' };
  const down = active.filter((c) => stateTone(c.state) === 'bad');
  const shaky = active.filter((c) => stateTone(c.state) === 'warn');
  if (down.length) return { tone: 'bad', label: `${down.length} of ${active.length} down` };
  if (shaky.length) {
    const stale = shaky.filter((c) => c.state === 'stale').length;
    const label = stale ? `${stale} stale` : `${shaky.length} connecting`;
    return { tone: 'warn', label: `${label} · ${active.length - shaky.length}/${active.length} connected` };
  }
  return { tone: 'ok', label: active.length === 1 ? 'Connected' : `All ${active.length} connected` };
}

/**
 * The sentence for the banner shown while the link to the core is down (the data on screen is
 * then not live). Undefined when there is nothing to say, including the first quick connect.
 */
export function linkProblem(link: LinkStatus, now: number): string | undefined {
  if (link.state === 'open') return undefined;
  if (link.state === 'connecting') {
    if (!link.reconnect && link.attempt === 1) return undefined;
    return `Connecting to the Tradewatch host (attempt ${link.attempt})… What you see is not live.`;
  }
  const inS = Math.max(0, Math.ceil((link.retryAt - now) / 1000));
  return `Lost the connection to the Tradewatch host (${link.reason}). What you see is not live. Retrying in ${inS} s (attempt ${link.attempt}).`;
}
