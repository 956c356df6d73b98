/**
 * The renderer's own link to the app core. Electron IPC is always 'open'; the browser
 * host's WebSocket can drop and comes back with backoff, and the UI says so.
 */
export type LinkStatus =
  /** `attempt` counts from 1 since the link was last open; `reconnect` once it has been open. */
  | { state: 'connecting'; attempt: number; reconnect: boolean }
  | { state: 'open' }
  /** Between attempts: the next one (`attempt`) starts at `retryAt`, epoch ms. */
  | { state: 'waiting'; attempt: number; retryAt: number; reason: string };

export const LINK_OPEN: LinkStatus = { state: 'open' };
