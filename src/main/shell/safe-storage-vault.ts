import type { SecretVault } from '../sources/source.ts';

/** OS-backed encryption (Electron's safeStorage: DPAPI on Windows). */
export interface Encryptor {
  /** False when only a weak or no key is available: then nothing is stored. */
  isAvailable(): Promise<boolean>;
  encrypt(plainText: string): Promise<Buffer>;
  /** `shouldReEncrypt` is set when the OS key rotated: the value is written back re-encrypted. */
  decrypt(cipher: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

/** The part of electron-store the vault uses (one file holding only ciphertext). */
export interface CipherStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** Same shape as SecretRefSchema in the profile schema. */
const REF = /^[A-Za-z0-9._-]{1,64}$/;

function checkRef(ref: string): void {
  if (!REF.test(ref)) throw new Error('invalid secret reference');
}

/**
 * Secrets by reference. The store file holds base64 ciphertext only; values are never
 * logged, and never written at all when the OS cannot encrypt them.
 */
export class SafeStorageVault implements SecretVault {
  private readonly store: CipherStore;
  private readonly encryptor: Encryptor;
  private readonly log: (level: 'warn' | 'error', message: string) => void;

  constructor(
    store: CipherStore,
    encryptor: Encryptor,
    log: (level: 'warn' | 'error', message: string) => void = () => {},
  ) {
    this.store = store;
    this.encryptor = encryptor;
    this.log = log;
  }

  async get(ref: string): Promise<string | undefined> {
    if (!REF.test(ref)) return undefined;
    const stored = this.store.get(ref);
    if (typeof stored !== 'string') return undefined;
    let plain: { result: string; shouldReEncrypt: boolean };
    try {
      plain = await this.encryptor.decrypt(Buffer.from(stored, 'base64'));
    } catch {
      // Another user's or machine's ciphertext (a copied profile folder): unusable, say so without detail.
      this.log('warn', `secret '${ref}' could not be decrypted; enter it again`);
      return undefined;
    }
    if (plain.shouldReEncrypt) {
      try {
        await this.write(ref, plain.result);
      } catch {
        this.log('warn', `secret '${ref}' could not be re-encrypted with the current key`);
      }
    }
    return plain.result;
  }

  async set(ref: string, value: string): Promise<void> {
    checkRef(ref);
    if (!(await this.encryptor.isAvailable())) {
      throw new Error('Secure storage is not available on this system, so the secret was not saved.');
    }
    await this.write(ref, value);
  }

  async delete(ref: string): Promise<void> {
    checkRef(ref);
    this.store.delete(ref);
  }

  async has(ref: string): Promise<boolean> {
    return REF.test(ref) && typeof this.store.get(ref) === 'string';
  }

  private async write(ref: string, value: string): Promise<void> {
    const cipher = await this.encryptor.encrypt(value);
    this.store.set(ref, cipher.toString('base64'));
  }
}

/**
 * Whether safeStorage protects anything. On Linux without a keyring Electron falls back to
 * `basic_text`, a hard-coded key: that counts as unavailable. (Windows uses DPAPI.)
 */
export function isEncryptionUsable(
  platform: NodeJS.Platform,
  available: boolean,
  linuxBackend: string | undefined,
): boolean {
  if (!available) return false;
  return !(platform === 'linux' && linuxBackend === 'basic_text');
}
