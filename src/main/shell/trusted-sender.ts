import { isAppUrl, type AppLocation } from './app-location.ts';

/** The parts of WebFrameMain the check reads (Electron's own objects satisfy this). */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly frameToken: string;
}

/** The parts of WebContents the check reads. */
export interface SenderLike {
  readonly id: number;
  readonly mainFrame: FrameLike;
}

/** The webContents ids of the windows we created. */
export interface TrustedWindows {
  has(webContentsId: number): boolean;
}

/**
 * Whether an IPC call may reach the core: it must come from one of our windows, from that
 * window's main frame (not an iframe), and that frame must currently show the app itself.
 * Anything unexpected — a destroyed sender, a navigated-away frame — is untrusted.
 */
export function isTrustedSender(
  sender: SenderLike,
  frame: FrameLike | null,
  windows: TrustedWindows,
  location: AppLocation,
): boolean {
  try {
    if (!windows.has(sender.id)) return false;
    if (frame === null || frame.parent !== null) return false;
    const main = sender.mainFrame;
    if (frame.processId !== main.processId || frame.frameToken !== main.frameToken) return false;
    return isAppUrl(frame.url, location);
  } catch {
    // Electron throws when a frame or webContents was destroyed mid-call.
    return false;
  }
}
