import { safeStorage } from 'electron';
import { isEncryptionUsable, type Encryptor } from './safe-storage-vault.ts';

/** safeStorage behind the vault's Encryptor seam. Call only after app 'ready'. */
export function createElectronEncryptor(): Encryptor {
  return {
    async isAvailable() {
      const available = await safeStorage.isAsyncEncryptionAvailable();
      const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
      return isEncryptionUsable(process.platform, available, backend);
    },
    encrypt: (plainText) => safeStorage.encryptStringAsync(plainText),
    decrypt: (cipher) => safeStorage.decryptStringAsync(cipher),
  };
}
