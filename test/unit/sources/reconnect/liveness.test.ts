import { describe, expect, it } from 'vitest';
import { checkLiveness, resolveLiveness } from '../../../../src/main/sources/reconnect/liveness.ts';

describe('resolveLiveness', () => {
  it('is off when nothing is configured', () => {
    expect(resolveLiveness({})).toEqual({});
  });

  it('defaults dead to 3 × stale and the connect timeout to dead', () => {
    expect(resolveLiveness({ staleAfterMs: 1_000 })).toEqual({
      staleAfterMs: 1_000,
      deadAfterMs: 3_000,
      connectTimeoutMs: 3_000,
    });
    expect(resolveLiveness({ staleAfterMs: 1_000, deadAfterMs: 5_000, connectTimeoutMs: 200 })).toEqual({
      staleAfterMs: 1_000,
      deadAfterMs: 5_000,
      connectTimeoutMs: 200,
    });
  });

  it('treats Infinity as disabled', () => {
    expect(resolveLiveness({ staleAfterMs: 1_000, deadAfterMs: Infinity })).toEqual({ staleAfterMs: 1_000 });
  });

  it('rejects zero, negative and NaN limits', () => {
    expect(() => resolveLiveness({ staleAfterMs: 0 })).toThrow(RangeError);
    expect(() => resolveLiveness({ deadAfterMs: -5 })).toThrow(RangeError);
    expect(() => resolveLiveness({ connectTimeoutMs: Number.NaN })).toThrow(RangeError);
  });
});

describe('checkLiveness', () => {
  const limits = { staleAfterMs: 1_000, deadAfterMs: 3_000, connectTimeoutMs: 500 };

  it('times out a connect that takes too long', () => {
    expect(checkLiveness('connecting', 200, limits)).toEqual({ kind: 'ok', recheckInMs: 300 });
    expect(checkLiveness('connecting', 500, limits)).toEqual({ kind: 'connect-timeout', limitMs: 500 });
  });

  it('goes stale, then dead', () => {
    expect(checkLiveness('connected', 400, limits)).toEqual({ kind: 'ok', recheckInMs: 600 });
    expect(checkLiveness('connected', 1_000, limits)).toEqual({ kind: 'stale', limitMs: 1_000 });
    expect(checkLiveness('stale', 1_000, limits)).toEqual({ kind: 'ok', recheckInMs: 2_000 });
    expect(checkLiveness('stale', 3_000, limits)).toEqual({ kind: 'dead', limitMs: 3_000 });
    expect(checkLiveness('connected', 3_500, limits)).toEqual({ kind: 'dead', limitMs: 3_000 });
  });

  it('asks for no recheck when nothing is watched', () => {
    expect(checkLiveness('connected', 10_000, {})).toEqual({ kind: 'ok' });
    expect(checkLiveness('connecting', 10_000, {})).toEqual({ kind: 'ok' });
  });
});
