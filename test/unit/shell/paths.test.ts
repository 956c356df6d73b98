import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOutputs, coreLocations, resourceFile } from '../../../src/main/shell/paths.ts';

describe('coreLocations', () => {
  it('keeps the database in userData and finds the worker next to the main bundle', () => {
    const { dbPath, storeWorkerUrl } = coreLocations(
      '/home/u/.config/Tradewatch',
      'file:///opt/app/resources/app.asar/out/main/index.js',
    );
    expect(dbPath).toBe(join('/home/u/.config/Tradewatch', 'tradewatch.db'));
    expect(storeWorkerUrl.href).toBe('file:///opt/app/resources/app.asar/out/main/store-worker.js');
  });
});

describe('resourceFile', () => {
  it('reads beside app.asar when packaged and from resources/ in development', () => {
    const roots = { resourcesPath: '/opt/app/resources', appPath: '/src/tradewatch' };
    expect(resourceFile('tray.png', { ...roots, isPackaged: true })).toBe(join('/opt/app/resources', 'tray.png'));
    expect(resourceFile('tray.png', { ...roots, isPackaged: false })).toBe(
      join('/src/tradewatch', 'resources', 'tray.png'),
    );
  });
});

describe('buildOutputs', () => {
  it('points at the CommonJS preload and the built renderer', () => {
    expect(buildOutputs('/p/out/main')).toEqual({
      preloadPath: join('/p/out/preload/index.cjs'),
      indexHtmlPath: join('/p/out/renderer/index.html'),
    });
  });
});
