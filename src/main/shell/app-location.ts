import { pathToFileURL } from 'node:url';

/** Where the renderer is loaded from: the electron-vite dev server, or the built index.html. */
export type AppLocation =
  | { readonly kind: 'dev-server'; readonly url: string; readonly origin: string }
  | { readonly kind: 'file'; readonly url: string; readonly indexPath: string; readonly ignoreCase: boolean };

export interface LocationInput {
  isPackaged: boolean;
  /** process.env.ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  rendererUrl: string | undefined;
  /** Absolute path of out/renderer/index.html. */
  indexPath: string;
  platform: NodeJS.Platform;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A packaged app always loads its own file. The dev server is honoured only when unpackaged
 * and only on loopback: an environment variable must not be able to point a window that
 * has the IPC bridge at a remote site.
 */
export function resolveAppLocation(input: LocationInput): AppLocation {
  if (!input.isPackaged && input.rendererUrl) {
    let url: URL;
    try {
      url = new URL(input.rendererUrl);
    } catch {
      throw new Error(`ELECTRON_RENDERER_URL is not a URL: ${input.rendererUrl.slice(0, 200)}`);
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) {
      throw new Error(`ELECTRON_RENDERER_URL must be an http(s) loopback address, got ${url.origin}`);
    }
    return { kind: 'dev-server', url: url.href, origin: url.origin };
  }
  return {
    kind: 'file',
    url: pathToFileURL(input.indexPath).href,
    indexPath: input.indexPath,
    ignoreCase: input.platform === 'win32',
  };
}

/**
 * True when `url` is the app itself: same origin as the dev server, or exactly our
 * index.html (any query or hash, since the renderer may route with them).
 */
export function isAppUrl(url: string, location: AppLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'dev-server') return parsed.origin === location.origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  const expected = new URL(location.url).pathname;
  return location.ignoreCase ? parsed.pathname.toLowerCase() === expected.toLowerCase() : parsed.pathname === expected;
}
