/**
 * The renderer's Content Security Policy. The same string is in the renderer's <meta> tag;
 * the shell also sends it as a response header so it holds even if the meta is lost.
 * `ws://127.0.0.1:*` is the browser host's IPC socket.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' ws://127.0.0.1:*",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Development only, for the loopback Vite server: React Refresh injects an inline module
 * script, Vite injects <style> tags, and HMR talks over a WebSocket to the dev origin.
 * Never used for a packaged app.
 */
export function devContentSecurityPolicy(devOrigin: string): string {
  const hmr = devOrigin.replace(/^http/, 'ws');
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${hmr} ws://127.0.0.1:* ws://localhost:*`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Response headers with our policy replacing any the server sent (header names are case-insensitive). */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string[]>> | undefined,
  policy: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [policy];
  return out;
}

// A CSP never contains '>', so the whole tag can be matched whatever its attribute order.
const META_CSP = /<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i;

/** Replaces the policy in index.html's CSP <meta>; used by the dev server only. */
export function replaceMetaPolicy(html: string, policy: string): string {
  return html.replace(META_CSP, `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
}
