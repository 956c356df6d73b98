import { app, shell, type Session, type WebContents } from 'electron';
import { isAppUrl, type AppLocation } from './app-location.ts';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy, withContentSecurityPolicy } from './csp.ts';
import { externalLinkToOpen } from './link-policy.ts';
import type { Log } from './log.ts';

/** The policy for this run: strict, except against the loopback dev server. */
export function policyFor(location: AppLocation): string {
  return location.kind === 'dev-server' ? devContentSecurityPolicy(location.origin) : CONTENT_SECURITY_POLICY;
}

/**
 * Writing sanitized text to the clipboard (the detail panel's "copy raw payload") is the one
 * permission granted: it cannot read anything. Everything else (camera, clipboard read, …) is refused.
 */
const GRANTED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/** CSP as a response header, and every permission but GRANTED_PERMISSIONS refused. */
export function hardenSession(session: Session, location: AppLocation): void {
  const policy = policyFor(location);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(GRANTED_PERMISSIONS.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => GRANTED_PERMISSIONS.has(permission));
  session.setDevicePermissionHandler(() => false);
}

/**
 * Every webContents — our window and anything else that ever appears — may only show the
 * app: other navigations and redirects are cancelled, new windows are refused (a safe
 * https link goes to the user's browser instead), and <webview> is never attached.
 */
export function guardWebContents(contents: WebContents, location: AppLocation, log: Log): void {
  const block = (what: string, url: string, preventDefault: () => void): void => {
    if (isAppUrl(url, location)) return;
    preventDefault();
    log('warn', `blocked ${what} to ${url.slice(0, 200)}`);
  };
  contents.on('will-navigate', (event) => block('navigation', event.url, () => event.preventDefault()));
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) block('frame navigation', event.url, () => event.preventDefault());
  });
  contents.on('will-redirect', (event) => block('redirect', event.url, () => event.preventDefault()));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('warn', 'blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalLinkToOpen(url);
    if (external) void shell.openExternal(external).catch(() => log('warn', 'could not open a link in the browser'));
    else log('warn', `blocked a new window for ${url.slice(0, 200)}`);
    return { action: 'deny' };
  });
}

/** Applies the guards to every webContents as it is created; call before the first window. */
export function installWebGuards(location: AppLocation, log: Log): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, location, log));
}
