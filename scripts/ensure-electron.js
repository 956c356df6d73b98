// Runs before `npm run dev` / `npm start`. package.json's allowScripts keeps electron's
// postinstall (the ~100 MB binary download) from running on install, so installs and CI
// never fetch it; the first local run fetches it once, here, saying so.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));

/** Mirrors electron's own check: path.txt names the executable under dist/, of the expected version. */
function installed() {
  // A locally built or cached Electron supplied by the developer: theirs to keep current.
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return existsSync(override);
  try {
    const executable = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    const distVersion = readFileSync(join(electronDir, 'dist', 'version'), 'utf8')
      .trim()
      .replace(/^v/, '');
    return distVersion === version && existsSync(join(electronDir, 'dist', executable));
  } catch {
    return false;
  }
}

if (installed()) process.exit(0);

const skip = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD;
if (skip && skip !== '0' && skip !== 'false') {
  console.error(
    [
      `The Electron ${version} binary is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD=${skip} forbids fetching it.`,
      'Unset ELECTRON_SKIP_BINARY_DOWNLOAD and run this again to download it once,',
      'or use `npm run web` / `npm run headless`, which need no Electron binary.',
    ].join('\n'),
  );
  process.exit(1);
}

console.log(
  `Electron ${version} is not downloaded yet: fetching it once into node_modules/electron/dist (about 100 MB)…`,
);
const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
if (result.status !== 0 || !installed()) {
  console.error('Downloading Electron failed. Check your network or proxy settings and run this again.');
  process.exit(result.status || 1);
}
console.log(`Electron ${version} is ready.`);
