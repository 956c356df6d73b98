/**
 * Fixed-capacity buffer keeping the newest items: pushing past capacity overwrites the
 * oldest, so memory stays flat however long the app runs.
 */
export class RingBuffer<T> {
  readonly capacity: number;
  private readonly items: (T | undefined)[];
  /** Index where the next item goes. */
  private head = 0;
  private count = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
    this.capacity = capacity;
    this.items = new Array<T | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Adds `item`; returns the oldest item it pushed out, if the buffer was full. */
  push(item: T): T | undefined {
    const evicted = this.count === this.capacity ? this.items[this.head] : undefined;
    this.items[this.head] = item;
    this.head = (this.head + 1) % this.capacity;
    if (this.count < this.capacity) this.count += 1;
    return evicted;
  }

  pushAll(items: readonly T[]): void {
    // Only the last `capacity` items can survive; skip the rest.
    for (let i = Math.max(0, items.length - this.capacity); i < items.length; i++) this.push(items[i] as T);
  }

  clear(): void {
    this.items.fill(undefined);
    this.head = 0;
    this.count = 0;
  }

  /** 0 is the newest item. */
  newest(index: number): T | undefined {
    if (index < 0 || index >= this.count) return undefined;
    return this.items[(this.head - 1 - index + this.capacity * 2) % this.capacity];
  }

  toNewestFirst(): T[] {
    const out = new Array<T>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.newest(i) as T;
    return out;
  }

  toOldestFirst(): T[] {
    return this.toNewestFirst().reverse();
  }
}
