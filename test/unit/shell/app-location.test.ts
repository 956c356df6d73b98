import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveAppLocation, type LocationInput } from '../../../src/main/shell/app-location.ts';

const base: LocationInput = {
  isPackaged: false,
  rendererUrl: undefined,
  indexPath: '/opt/tradewatch/out/renderer/index.html',
  platform: 'linux',
};

describe('resolveAppLocation', () => {
  it('uses the loopback dev server when unpackaged', () => {
    const location = resolveAppLocation({ ...base, rendererUrl: 'http://localhost:5173' });
    expect(location).toEqual({ kind: 'dev-server', url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
  });

  it('accepts 127.0.0.1 and [::1]', () => {
    expect(resolveAppLocation({ ...base, rendererUrl: 'http://127.0.0.1:5173/' }).kind).toBe('dev-server');
    expect(resolveAppLocation({ ...base, rendererUrl: 'http://[::1]:5173/' }).kind).toBe('dev-server');
  });

  it('ignores the dev server URL in a packaged app', () => {
    const location = resolveAppLocation({ ...base, isPackaged: true, rendererUrl: 'http://localhost:5173' });
    expect(location).toMatchObject({ kind: 'file', url: 'file:///opt/tradewatch/out/renderer/index.html' });
  });

  it('refuses a non-loopback or non-http dev server', () => {
    expect(() => resolveAppLocation({ ...base, rendererUrl: 'https://evil.example' })).toThrow(/loopback/);
    expect(() => resolveAppLocation({ ...base, rendererUrl: 'http://192.168.1.5:5173' })).toThrow(/loopback/);
    expect(() => resolveAppLocation({ ...base, rendererUrl: 'file:///tmp/x.html' })).toThrow(/loopback/);
    expect(() => resolveAppLocation({ ...base, rendererUrl: 'not a url' })).toThrow(/not a URL/);
  });

  it('loads the built index.html otherwise', () => {
    expect(resolveAppLocation(base)).toEqual({
      kind: 'file',
      url: 'file:///opt/tradewatch/out/renderer/index.html',
      indexPath: base.indexPath,
      ignoreCase: false,
    });
  });
});

describe('isAppUrl', () => {
  const dev = resolveAppLocation({ ...base, rendererUrl: 'http://localhost:5173/' });
  const file = resolveAppLocation(base);

  it('dev: same origin only', () => {
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx?t=1#x', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.example/', dev)).toBe(false);
    expect(isAppUrl('http://user@localhost:5173@evil.example/', dev)).toBe(false);
  });

  it('file: exactly our index.html, any query or hash', () => {
    expect(isAppUrl('file:///opt/tradewatch/out/renderer/index.html', file)).toBe(true);
    expect(isAppUrl('file:///opt/tradewatch/out/renderer/index.html#/history?x=1', file)).toBe(true);
    expect(isAppUrl('file:///opt/tradewatch/out/renderer/other.html', file)).toBe(false);
    expect(isAppUrl('file:///opt/tradewatch/out/renderer/', file)).toBe(false);
    expect(isAppUrl('file:///opt/tradewatch/out/renderer/../renderer/index.html', file)).toBe(true); // URL-normalised
    expect(isAppUrl('file://server/opt/tradewatch/out/renderer/index.html', file)).toBe(false);
    expect(isAppUrl('file:///OPT/tradewatch/out/renderer/index.html', file)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', file)).toBe(false);
  });

  it('file on Windows: case-insensitive path', () => {
    const win = resolveAppLocation({ ...base, platform: 'win32' });
    expect(isAppUrl('file:///OPT/Tradewatch/out/renderer/INDEX.html', win)).toBe(true);
    expect(isAppUrl('file:///opt/tradewatch/out/renderer/other.html', win)).toBe(false);
  });

  it('rejects garbage', () => {
    for (const url of ['', 'about:blank', 'javascript:alert(1)', 'data:text/html,hi', 'devtools://devtools/x']) {
      expect(isAppUrl(url, dev)).toBe(false);
      expect(isAppUrl(url, file)).toBe(false);
    }
  });
});
