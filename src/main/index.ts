import { app, dialog, session, type BrowserWindow, type Tray } from 'electron';
import { createCore } from './core/create-core.ts';
import { resolveAppLocation } from './shell/app-location.ts';
import { electronCoreOptions } from './shell/core-options.ts';
import { createIpcBridge } from './shell/ipc-bridge.ts';
import { consoleLog as log } from './shell/log.ts';
import { createMainWindow, revealWindow } from './shell/main-window.ts';
import { buildOutputs, resourceFile } from './shell/paths.ts';
import { watchPower } from './shell/power.ts';
import { createQuitGate } from './shell/quit-gate.ts';
import { createTray } from './shell/tray.ts';
import { hardenSession, installWebGuards } from './shell/web-guards.ts';

/** Also the installer's appId: Windows attributes toasts to the Start-menu shortcut carrying it. */
const APP_USER_MODEL_ID = 'com.tradewatch.app';

let mainWindow: BrowserWindow | undefined;
// Held so the tray icon is not garbage-collected.
let tray: Tray | undefined;

if (!app.requestSingleInstanceLock()) {
  // Tradewatch is already running: it receives 'second-instance' and shows its window.
  app.quit();
} else {
  app.setAppUserModelId(APP_USER_MODEL_ID);
  // Every renderer sandboxed, whatever its webPreferences say.
  app.enableSandbox();
  app.on('second-instance', () => {
    if (mainWindow) revealWindow(mainWindow);
  });
  // The window hides to the tray rather than closing; only the quit gate ends the app.
  app.on('window-all-closed', () => {});
  run().catch(fatal);
}

async function run(): Promise<void> {
  const dev = !app.isPackaged;
  const { preloadPath, indexHtmlPath } = buildOutputs(import.meta.dirname);
  const location = resolveAppLocation({
    isPackaged: app.isPackaged,
    rendererUrl: process.env.ELECTRON_RENDERER_URL,
    indexPath: indexHtmlPath,
    platform: process.platform,
  });
  installWebGuards(location, log);
  await app.whenReady();
  hardenSession(session.defaultSession, location);

  const core = await createCore(electronCoreOptions(import.meta.url, log).options);
  // Released before the core stops; filled as the pieces come up (a quit may arrive mid-start).
  const releases: Array<() => void> = [];
  const quitGate = createQuitGate({
    shutdown: async () => {
      for (const release of releases.splice(0)) release();
      await core.stop(); // commits everything received before the process exits
    },
    proceed: () => {
      tray?.destroy();
      app.quit();
    },
    log,
  });
  app.on('before-quit', (event) => quitGate.beforeQuit(() => event.preventDefault()));

  try {
    await core.start();
  } catch (error) {
    await core.stop().catch(() => {});
    throw error;
  }

  const bridge = createIpcBridge({ router: core.router, bus: core.bus, location, log });
  releases.push(() => bridge.dispose());
  const roots = { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() };
  const window = createMainWindow({
    location,
    preloadPath,
    iconPath: dev ? resourceFile('icon.png', roots) : undefined,
    isQuitting: () => quitGate.quitting,
    dev,
    log,
  });
  mainWindow = window;
  // Windows log-off or shutdown: start the committed quit at once instead of hiding to the tray.
  window.on('session-end', () => app.quit());
  bridge.attachWindow(window);
  tray = createTray(resourceFile('tray.png', roots), { open: () => revealWindow(window), quit: () => app.quit() });
  releases.push(
    watchPower({
      onResume: () => log('info', 'system resumed'), // hook: nudge sources to reconnect here later
    }),
  );
}

function fatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  log('error', `start-up failed: ${message}`);
  dialog.showErrorBox('Tradewatch could not start', message);
  app.exit(1);
}
