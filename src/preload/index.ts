import { contextBridge, ipcRenderer } from 'electron';
import { createTradewatchApi } from './api.ts';

// Sandboxed preload: only `electron` may be required at runtime, everything else is bundled.
// The page gets window.tradewatch and nothing else — never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'tradewatch',
  createTradewatchApi(ipcRenderer, (error) => console.error('tradewatch push listener failed', error)),
);
