import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Bus } from '../../../src/main/bus/bus.ts';
import type { CoreTopics } from '../../../src/main/bus/core-topics.ts';
import type { CanonicalEvent } from '../../../src/shared/events/index.ts';
import { resolveAppLocation } from '../../../src/main/shell/app-location.ts';
import { attachPushTarget, type PushContents } from '../../../src/main/shell/push-target.ts';
import { WindowRegistry } from '../../../src/main/shell/window-registry.ts';

const location = resolveAppLocation({
  isPackaged: true,
  rendererUrl: undefined,
  indexPath: '/app/out/renderer/index.html',
  platform: 'linux',
});
const APP = 'file:///app/out/renderer/index.html';
const event = (id: string) => ({ id }) as unknown as CanonicalEvent;

/** A WebContents stand-in: an emitter with a URL, a destroyed flag and a send log. */
class FakeContents extends EventEmitter implements PushContents {
  readonly id: number;
  url = APP;
  destroyed = false;
  sent: unknown[][] = [];
  throwOnSend = false;
  constructor(id: number) {
    super();
    this.id = id;
  }
  isDestroyed() {
    return this.destroyed;
  }
  getURL() {
    return this.url;
  }
  send(channel: string, ...args: unknown[]) {
    if (this.throwOnSend) throw new Error('Render frame was disposed');
    this.sent.push([channel, ...args]);
  }
  destroy() {
    this.destroyed = true;
    this.emit('destroyed');
  }
}

describe('attachPushTarget', () => {
  let bus: Bus<CoreTopics>;
  let windows: WindowRegistry;
  const log = vi.fn();

  beforeEach(() => {
    vi.useFakeTimers();
    bus = new Bus<CoreTopics>();
    windows = new WindowRegistry(bus, 16);
    log.mockReset();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends batches on the push channel while the window shows the app', () => {
    const contents = new FakeContents(5);
    attachPushTarget(windows, contents, location, log);
    expect(windows.has(5)).toBe(true);
    bus.publish('events.committed', [event('e1')]);
    vi.advanceTimersByTime(16);
    expect(contents.sent).toEqual([['tradewatch:push', [{ name: 'events', payload: [event('e1')] }]]]);
  });

  it('sends nothing to a page that is not the app', () => {
    const contents = new FakeContents(5);
    attachPushTarget(windows, contents, location, log);
    contents.url = 'https://evil.example/';
    bus.publish('events.committed', [event('e1')]);
    vi.advanceTimersByTime(16);
    expect(contents.sent).toEqual([]);
  });

  it('forgets the window when its contents are destroyed: no subscriptions, timers or trust left', () => {
    const contents = new FakeContents(5);
    attachPushTarget(windows, contents, location, log);
    bus.publish('events.committed', [event('e1')]);
    contents.destroy();
    expect(windows.has(5)).toBe(false);
    expect(bus.subscriberCount('events.committed') + bus.subscriberCount('connections.changed')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(contents.listenerCount('destroyed')).toBe(0);
    bus.publish('events.committed', [event('e2')]);
    vi.advanceTimersByTime(100);
    expect(contents.sent).toEqual([]);
  });

  it('logs, rather than throws, when a send fails', () => {
    const contents = new FakeContents(5);
    attachPushTarget(windows, contents, location, log);
    contents.throwOnSend = true;
    bus.publish('events.committed', [event('e1')]);
    expect(() => vi.advanceTimersByTime(16)).not.toThrow();
    expect(log).toHaveBeenCalledWith('warn', expect.stringContaining('push to window failed'));
  });
});
