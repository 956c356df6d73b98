// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const RULE = '@typescript-eslint/no-restricted-imports';

/** Raw IPC stays in the shell and the preload: everything else speaks the typed contract. */
const rawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Raw IPC lives only in src/main/shell and src/preload; use the contract (src/shared/ipc/contract.ts).',
};

/** The core runs under plain Node (tests, headless, browser host): no Electron, not even its types. */
const noElectron = {
  name: 'electron',
  message: 'Only src/main/index.ts and src/main/shell/** may import electron; keep the core Electron-free.',
};

/** What a sandboxed preload (and everything it bundles) may import. */
function preloadImports(extraPaths) {
  return {
    paths: [{ name: 'zod', message: 'A sandboxed preload cannot load zod; main validates every call.' }, ...extraPaths],
    patterns: [
      {
        group: ['**/contract.ts', '**/contract'],
        allowTypeImports: true,
        message: 'contract.ts imports zod; import types from it, values from src/shared/ipc/call-names.ts.',
      },
    ],
  };
}

export default defineConfig(
  globalIgnores(['out/', 'dist/', 'node_modules/', 'test-results/', 'coverage/']),

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      [RULE]: ['error', { paths: [rawIpc] }],
    },
  },

  // Main process: Electron only in the entry and the shell.
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/shell/**'],
    rules: { [RULE]: ['error', { paths: [noElectron] }] },
  },
  { files: ['src/main/shell/**/*.ts'], rules: { [RULE]: 'off' } },

  // Shared code is loaded by main, preload, renderer and the browser host alike.
  { files: ['src/shared/**/*.ts'], rules: { [RULE]: ['error', { paths: [noElectron] }] } },

  // The sandboxed preload can `require` nothing but electron: no zod, and contract.ts for types only.
  { files: ['src/preload/**/*.ts'], rules: { [RULE]: ['error', preloadImports([])] } },
  // call-names.ts is bundled into the preload, so it obeys the same rule, and has no electron either.
  { files: ['src/shared/ipc/call-names.ts'], rules: { [RULE]: ['error', preloadImports([noElectron])] } },

  // Renderer: React rules, browser globals, and the API only through window.tradewatch.
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      [RULE]: [
        'error',
        { paths: [{ name: 'electron', message: 'The renderer reaches main only through window.tradewatch.' }] },
      ],
    },
  },

  // Tests run under plain Node, where importing electron would try to download its binary.
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { [RULE]: ['error', { paths: [{ ...noElectron, message: 'Tests run under Node: no electron.' }] }] },
  },
);
