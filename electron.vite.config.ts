import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { devContentSecurityPolicy, replaceMetaPolicy } from './src/main/shell/csp.ts';

/**
 * `electron-vite dev` only: the strict CSP in index.html would block React Refresh's inline
 * preamble, Vite's injected <style> tags and the HMR socket. Builds keep the strict meta.
 */
function devServerCsp(): Plugin {
  return {
    name: 'tradewatch:dev-server-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) => {
        const origin = new URL(ctx.server?.resolvedUrls?.local[0] ?? 'http://localhost').origin;
        return replaceMetaPolicy(html, devContentSecurityPolicy(origin));
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // The store runs in a worker thread; it is its own entry so the shell can point a Worker at it.
          'store-worker': resolve('src/main/store/worker/store-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
    plugins: [react(), devServerCsp()],
  },
});
