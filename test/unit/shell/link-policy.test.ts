import { describe, expect, it } from 'vitest';
import { externalLinkToOpen } from '../../../src/main/shell/link-policy.ts';

describe('externalLinkToOpen', () => {
  it('opens plain https links', () => {
    expect(externalLinkToOpen('https://www.mql5.com/en/docs')).toBe('https://www.mql5.com/en/docs');
  });

  it('drops everything else', () => {
    for (const url of [
      'http://example.com/',
      'https://user:pass@example.com/',
      'https://user@example.com/',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'ms-settings:privacy',
      'smb://server/share',
      'data:text/html,hi',
      'not a url',
      '',
    ]) {
      expect(externalLinkToOpen(url)).toBeUndefined();
    }
  });
});
