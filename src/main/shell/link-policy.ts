/**
 * Links the page asks to open in a new window (target=_blank, window.open) never get an
 * Electron window. A plain https link without embedded credentials is handed to the
 * user's browser; everything else (http, file:, custom schemes, javascript:) is dropped.
 */
export function externalLinkToOpen(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return undefined;
  return parsed.href;
}
