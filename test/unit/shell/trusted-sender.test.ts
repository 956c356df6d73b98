import { describe, expect, it } from 'vitest';
import { resolveAppLocation } from '../../../src/main/shell/app-location.ts';
import { isTrustedSender, type FrameLike, type SenderLike } from '../../../src/main/shell/trusted-sender.ts';

const file = resolveAppLocation({
  isPackaged: true,
  rendererUrl: undefined,
  indexPath: '/app/out/renderer/index.html',
  platform: 'linux',
});
const dev = resolveAppLocation({
  isPackaged: false,
  rendererUrl: 'http://localhost:5173',
  indexPath: '/x',
  platform: 'linux',
});
const APP = 'file:///app/out/renderer/index.html';

function frame(overrides: Partial<FrameLike> = {}): FrameLike {
  return { url: APP, parent: null, processId: 7, frameToken: 'main-token', ...overrides };
}

function sender(id: number, main: FrameLike = frame()): SenderLike {
  return { id, mainFrame: main };
}

const ours = new Set([1]);

describe('isTrustedSender', () => {
  it('trusts the main frame of our window showing the app', () => {
    const main = frame();
    expect(isTrustedSender(sender(1, main), main, ours, file)).toBe(true);
  });

  it('trusts the dev server origin in development', () => {
    const main = frame({ url: 'http://localhost:5173/' });
    expect(isTrustedSender(sender(1, main), main, ours, dev)).toBe(true);
    expect(isTrustedSender(sender(1, main), main, ours, file)).toBe(false);
  });

  it('refuses a webContents we did not create', () => {
    const main = frame();
    expect(isTrustedSender(sender(2, main), main, ours, file)).toBe(false);
  });

  it('refuses a missing frame (navigated or destroyed)', () => {
    expect(isTrustedSender(sender(1), null, ours, file)).toBe(false);
  });

  it('refuses a subframe, even one showing our URL', () => {
    const main = frame();
    const child = frame({ parent: main, frameToken: 'child-token' });
    expect(isTrustedSender(sender(1, main), child, ours, file)).toBe(false);
  });

  it('refuses a top-level frame that is not this webContents main frame', () => {
    const main = frame();
    expect(isTrustedSender(sender(1, main), frame({ frameToken: 'other' }), ours, file)).toBe(false);
    expect(isTrustedSender(sender(1, main), frame({ processId: 8 }), ours, file)).toBe(false);
  });

  it('refuses our window when it shows anything but the app', () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'about:blank', 'http://localhost:5173/']) {
      const main = frame({ url });
      expect(isTrustedSender(sender(1, main), main, ours, file)).toBe(false);
    }
  });

  it('treats a throwing (destroyed) sender as untrusted', () => {
    const destroyed = {
      id: 1,
      get mainFrame(): FrameLike {
        throw new Error('Object has been destroyed');
      },
    };
    expect(isTrustedSender(destroyed, frame(), ours, file)).toBe(false);
  });
});
