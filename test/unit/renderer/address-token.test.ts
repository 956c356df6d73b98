import { describe, expect, it } from 'vitest';
import { ipcSocketUrl, splitToken } from '../../../src/renderer/src/api/address-token.ts';

describe('address token', () => {
  it('takes the token out of the page address', () => {
    expect(splitToken('http://127.0.0.1:5180/?token=abc123#/connections')).toEqual({
      token: 'abc123',
      cleanHref: 'http://127.0.0.1:5180/#/connections',
    });
  });

  it('keeps other query parameters', () => {
    expect(splitToken('http://127.0.0.1:5180/?a=1&token=x&b=2')).toEqual({
      token: 'x',
      cleanHref: 'http://127.0.0.1:5180/?a=1&b=2',
    });
  });

  it('has nothing to take on a reload', () => {
    expect(splitToken('http://127.0.0.1:5180/')).toEqual({ token: undefined, cleanHref: 'http://127.0.0.1:5180/' });
    expect(splitToken('http://127.0.0.1:5180/?token=').token).toBeUndefined();
  });

  it('builds the /ipc socket address on the page host', () => {
    expect(ipcSocketUrl('http://127.0.0.1:5180/#/live-log', 'a b')).toBe('ws://127.0.0.1:5180/ipc?token=a+b');
    expect(ipcSocketUrl('http://127.0.0.1:5180/?x=1', undefined)).toBe('ws://127.0.0.1:5180/ipc');
  });
});
