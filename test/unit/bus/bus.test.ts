import { describe, expect, it } from 'vitest';
import { Bus } from '../../../src/main/bus/bus.ts';

type Topics = { a: number; b: string };

describe('Bus', () => {
  it('delivers to subscribers of the topic only, and the disposer unsubscribes', () => {
    const bus = new Bus<Topics>();
    const got: unknown[] = [];
    const off = bus.subscribe('a', (n) => got.push(n));
    bus.subscribe('b', (s) => got.push(s));
    bus.publish('a', 1);
    off();
    bus.publish('a', 2);
    bus.publish('b', 'x');
    expect(got).toEqual([1, 'x']);
    expect(bus.subscriberCount('a')).toBe(0);
  });

  it('gives the same handler subscribed twice two independent disposers', () => {
    const bus = new Bus<Topics>();
    let count = 0;
    const h = () => count++;
    const off1 = bus.subscribe('a', h);
    bus.subscribe('a', h);
    off1();
    bus.publish('a', 1);
    expect(count).toBe(1);
  });

  it('reports a throwing handler and still delivers to the others', () => {
    const errors: unknown[] = [];
    const bus = new Bus<Topics>((topic, e) => errors.push([topic, (e as Error).message]));
    const got: number[] = [];
    bus.subscribe('a', () => {
      throw new Error('boom');
    });
    bus.subscribe('a', (n) => got.push(n));
    bus.publish('a', 7);
    expect(got).toEqual([7]);
    expect(errors).toEqual([['a', 'boom']]);
  });

  it('lets a handler unsubscribe itself during delivery without skipping others', () => {
    const bus = new Bus<Topics>();
    const got: string[] = [];
    const off = bus.subscribe('a', () => {
      got.push('first');
      off();
    });
    bus.subscribe('a', () => got.push('second'));
    bus.publish('a', 1);
    bus.publish('a', 2);
    expect(got).toEqual(['first', 'second', 'second']);
  });
});
