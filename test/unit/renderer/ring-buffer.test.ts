import { describe, expect, it } from 'vitest';
import { RingBuffer } from '../../../src/renderer/src/features/event-log/ring-buffer.ts';

describe('RingBuffer', () => {
  it('keeps items newest first until full', () => {
    const ring = new RingBuffer<number>(3);
    ring.push(1);
    ring.push(2);
    expect(ring.size).toBe(2);
    expect(ring.toNewestFirst()).toEqual([2, 1]);
    expect(ring.newest(0)).toBe(2);
    expect(ring.newest(2)).toBeUndefined();
  });

  it('drops the oldest past capacity', () => {
    const ring = new RingBuffer<number>(3);
    ring.pushAll([1, 2, 3, 4, 5]);
    expect(ring.size).toBe(3);
    expect(ring.toNewestFirst()).toEqual([5, 4, 3]);
    expect(ring.toOldestFirst()).toEqual([3, 4, 5]);
  });

  it('stays bounded over a long run', () => {
    const ring = new RingBuffer<number>(100);
    for (let i = 0; i < 100_000; i++) ring.push(i);
    expect(ring.size).toBe(100);
    expect(ring.newest(0)).toBe(99_999);
    expect(ring.newest(99)).toBe(99_900);
  });

  it('returns what it pushes out', () => {
    const ring = new RingBuffer<string>(2);
    expect(ring.push('a')).toBeUndefined();
    expect(ring.push('b')).toBeUndefined();
    expect(ring.push('c')).toBe('a');
    expect(ring.push('d')).toBe('b');
  });

  it('takes a batch larger than itself', () => {
    const ring = new RingBuffer<number>(2);
    ring.push(0);
    ring.pushAll([1, 2, 3]);
    expect(ring.toNewestFirst()).toEqual([3, 2]);
  });

  it('clears', () => {
    const ring = new RingBuffer<number>(2);
    ring.pushAll([1, 2]);
    ring.clear();
    expect(ring.size).toBe(0);
    expect(ring.toNewestFirst()).toEqual([]);
    ring.push(7);
    expect(ring.toNewestFirst()).toEqual([7]);
  });

  it('refuses a useless capacity', () => {
    expect(() => new RingBuffer(0)).toThrow(RangeError);
  });
});
