import { join } from 'node:path';

/** Where the core keeps its data, and where the bundled store worker sits. */
export function coreLocations(
  userDataDir: string,
  mainModuleUrl: string | URL,
): { dbPath: string; storeWorkerUrl: URL } {
  return {
    dbPath: join(userDataDir, 'tradewatch.db'),
    // Emitted by electron-vite next to out/main/index.js. It stays inside app.asar: Electron
    // sets up asar support in worker threads (since v18) and its ESM loader reads through
    // the asar-aware fs (since v28), so no asarUnpack is needed for the worker.
    storeWorkerUrl: new URL('./store-worker.js', mainModuleUrl),
  };
}

export interface ResourceRoots {
  isPackaged: boolean;
  /** process.resourcesPath: electron-builder's extraResources land here. */
  resourcesPath: string;
  /** app.getAppPath(): the project root when unpackaged. */
  appPath: string;
}

/** A file from resources/ (icons): copied beside app.asar when packaged, read in place in development. */
export function resourceFile(name: string, roots: ResourceRoots): string {
  return roots.isPackaged ? join(roots.resourcesPath, name) : join(roots.appPath, 'resources', name);
}

/** The built preload and renderer, relative to out/main/. */
export function buildOutputs(mainDir: string): { preloadPath: string; indexHtmlPath: string } {
  return {
    preloadPath: join(mainDir, '..', 'preload', 'index.cjs'),
    indexHtmlPath: join(mainDir, '..', 'renderer', 'index.html'),
  };
}
