import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  replaceMetaPolicy,
  withContentSecurityPolicy,
} from '../../../src/main/shell/csp.ts';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d] as const),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the agreed strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self' ws://127.0.0.1:*; base-uri 'none'; form-action 'none'",
    );
  });

  it("matches the renderer's <meta> tag, so header and meta never drift apart", () => {
    const html = readFileSync(new URL('../../../src/renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv=["']Content-Security-Policy["'][^>]*content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('devContentSecurityPolicy', () => {
  it('only adds what the Vite dev server needs', () => {
    const strict = directives(CONTENT_SECURITY_POLICY);
    const dev = directives(devContentSecurityPolicy('http://localhost:5173'));
    expect([...dev.keys()]).toEqual([...strict.keys()]);
    expect(dev.get('script-src')).toBe("script-src 'self' 'unsafe-inline'");
    expect(dev.get('connect-src')).toContain('ws://localhost:5173');
    for (const key of ['default-src', 'img-src', 'font-src', 'base-uri', 'form-action']) {
      expect(dev.get(key)).toBe(strict.get(key));
    }
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the header and keeps the others', () => {
    const out = withContentSecurityPolicy({ 'Content-Type': ['text/html'] }, 'P');
    expect(out).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ['P'] });
  });

  it('replaces a policy the server sent, whatever its case', () => {
    const out = withContentSecurityPolicy(
      { 'content-security-policy': ['weak'], 'CONTENT-SECURITY-POLICY': ['x'] },
      'P',
    );
    expect(out).toEqual({ 'Content-Security-Policy': ['P'] });
  });

  it('copes with no headers', () => {
    expect(withContentSecurityPolicy(undefined, 'P')).toEqual({ 'Content-Security-Policy': ['P'] });
  });
});

describe('replaceMetaPolicy', () => {
  it('rewrites the CSP meta tag, multi-line and in any attribute order', () => {
    const html = `<head>\n<meta\n  http-equiv="Content-Security-Policy"\n  content="default-src 'none'"\n/>\n<meta charset="UTF-8" /></head>`;
    const out = replaceMetaPolicy(html, "default-src 'self'");
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'" />`);
    expect(out).toContain('<meta charset="UTF-8" />');
    const reordered = `<meta content="x" http-equiv='Content-Security-Policy'>`;
    expect(replaceMetaPolicy(reordered, 'P')).toBe('<meta http-equiv="Content-Security-Policy" content="P" />');
  });

  it('leaves a page without a CSP meta alone', () => {
    expect(replaceMetaPolicy('<meta charset="UTF-8">', 'P')).toBe('<meta charset="UTF-8">');
  });
});
