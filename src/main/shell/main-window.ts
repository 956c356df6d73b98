import { BrowserWindow } from 'electron';
import type { AppLocation } from './app-location.ts';
import type { Log } from './log.ts';

/** Matches the renderer's background, so no white flash before the first paint. */
export const WINDOW_BACKGROUND = '#0b0e13'; // --bg in src/renderer/src/styles/theme.css

export interface MainWindowOptions {
  location: AppLocation;
  preloadPath: string;
  /** Window icon in development; a packaged app uses the exe's icon. */
  iconPath?: string;
  /** While false, closing the window hides it to the tray. */
  isQuitting: () => boolean;
  dev: boolean;
  log: Log;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Tradewatch',
    backgroundColor: WINDOW_BACKGROUND,
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.dev,
    },
  });
  // Without a menu there are no DevTools or reload shortcuts in a packaged build.
  if (!options.dev) window.removeMenu();
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (options.isQuitting()) return;
    // Closing hides to the tray: sources keep recording. Quit lives in the tray menu.
    event.preventDefault();
    window.hide();
  });
  load(window, options.location).catch((error: unknown) =>
    options.log(
      'error',
      `the window could not load the app: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
  return window;
}

async function load(window: BrowserWindow, location: AppLocation): Promise<void> {
  if (location.kind === 'dev-server') await window.loadURL(location.url);
  else await window.loadFile(location.indexPath);
}

/** Bring the window back from the tray, minimised state or behind other windows. */
export function revealWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
