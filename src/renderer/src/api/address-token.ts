import type { TOKEN_PARAM as ProtocolTokenParam, WS_PATH as ProtocolWsPath } from '../../../shared/ipc/ws-protocol.ts';

// Copies of the protocol's constants: ws-protocol.ts imports zod, which the renderer would
// otherwise bundle for two strings. Typed as its literals, so a change there breaks the build.
const WS_PATH: typeof ProtocolWsPath = '/ipc';
const TOKEN_PARAM: typeof ProtocolTokenParam = 'token';

/**
 * The browser host hands out its token in the page URL once. We take it out of the
 * address (so it is not left in history or screenshots); reloads use the host's cookie.
 */
export function splitToken(href: string): { token: string | undefined; cleanHref: string } {
  const url = new URL(href);
  const token = url.searchParams.get(TOKEN_PARAM) ?? undefined;
  url.searchParams.delete(TOKEN_PARAM);
  return { token: token || undefined, cleanHref: url.toString() };
}

/** `ws://<host>/ipc?token=…` for the page at `pageHref`. */
export function ipcSocketUrl(pageHref: string, token: string | undefined): string {
  const page = new URL(pageHref);
  const url = new URL(WS_PATH, page);
  url.protocol = page.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = '';
  url.hash = '';
  if (token) url.searchParams.set(TOKEN_PARAM, token);
  return url.toString();
}
