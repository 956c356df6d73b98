import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { ftsPrefixQuery } from '../../../src/main/store/fts-query.ts';

describe('ftsPrefixQuery', () => {
  it('quotes each token as a prefix phrase and ANDs them', () => {
    expect(ftsPrefixQuery('break')).toBe('"break"*');
    expect(ftsPrefixQuery('  margin   warn ')).toBe('"margin"* AND "warn"*');
  });

  it('doubles quotes inside a token', () => {
    expect(ftsPrefixQuery('say "hi"')).toBe('"say"* AND """hi"""*');
  });

  it('treats FTS5 operators and column filters as plain words', () => {
    expect(ftsPrefixQuery('NOT buy OR sell')).toBe('"NOT"* AND "buy"* AND "OR"* AND "sell"*');
    expect(ftsPrefixQuery('symbol:EURUSD')).toBe('"symbol:EURUSD"*');
  });

  it('drops tokens with nothing searchable and returns undefined when none is left', () => {
    expect(ftsPrefixQuery('buy - !!')).toBe('"buy"*');
    expect(ftsPrefixQuery('"" * ( )')).toBeUndefined();
    expect(ftsPrefixQuery('')).toBeUndefined();
  });

  it('keeps non-Latin words', () => {
    expect(ftsPrefixQuery('Gewinn ziel 利益')).toBe('"Gewinn"* AND "ziel"* AND "利益"*');
  });

  it('always produces an expression FTS5 accepts', () => {
    const db = new DatabaseSync(':memory:');
    db.exec("CREATE VIRTUAL TABLE f USING fts5 (body, content = '')");
    db.prepare('INSERT INTO f (rowid, body) VALUES (1, ?)').run('stop loss hit on EURUSD');
    const nasty = [
      '"',
      '"unterminated',
      'a AND',
      'OR OR',
      '(x',
      'NEAR(a b)',
      'body:stop',
      '^stop',
      'st*',
      "it's",
      'a"b"c',
      '-loss',
      '\\',
      '%_',
    ];
    for (const text of nasty) {
      const match = ftsPrefixQuery(text);
      if (match === undefined) continue;
      expect(() => db.prepare('SELECT rowid FROM f WHERE f MATCH ?').all(match), text).not.toThrow();
    }
    const find = (text: string) => db.prepare('SELECT rowid FROM f WHERE f MATCH ?').all(ftsPrefixQuery(text) ?? '');
    expect(find('body:stop')).toEqual([]);
    expect(find('^stop')).toEqual([{ rowid: 1 }]);
    expect(find('-loss')).toEqual([{ rowid: 1 }]);
    db.close();
  });
});
