import { app } from 'electron';
import Store from 'electron-store';
import type { CoreOptions } from '../core/core.ts';
import { createStoredProfileRepository } from '../profiles/profile-repository.ts';
import { createElectronEncryptor } from './electron-encryptor.ts';
import type { Log } from './log.ts';
import { coreLocations } from './paths.ts';
import { SafeStorageVault } from './safe-storage-vault.ts';

/**
 * Everything the core needs from Electron: data paths, electron-store files, safeStorage.
 * Call after 'ready'. `mainModuleUrl` is the entry's import.meta.url (out/main/index.js):
 * a shared chunk's own URL could sit in another folder.
 */
export function electronCoreOptions(
  mainModuleUrl: string,
  log: Log,
): { options: CoreOptions; vault: SafeStorageVault } {
  const { dbPath, storeWorkerUrl } = coreLocations(app.getPath('userData'), mainModuleUrl);
  const profiles = createStoredProfileRepository(new Store({ name: 'profiles' }), (message) => log('warn', message));
  // Secret refs may contain dots: keep them flat keys, not dot-paths.
  const secretsFile = new Store({ name: 'secrets', accessPropertiesByDotNotation: false });
  const vault = new SafeStorageVault(secretsFile, createElectronEncryptor(), log);
  return {
    options: { dbPath, storeWorkerUrl, profiles, secrets: vault, appVersion: app.getVersion(), log },
    vault,
  };
}
