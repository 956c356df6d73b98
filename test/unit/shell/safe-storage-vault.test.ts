import { describe, expect, it } from 'vitest';
import {
  SafeStorageVault,
  isEncryptionUsable,
  type CipherStore,
  type Encryptor,
} from '../../../src/main/shell/safe-storage-vault.ts';

/** A reversible stand-in for safeStorage: XOR with a key byte, with a switchable key "generation". */
function fakeEncryptor(options: { available?: boolean } = {}) {
  const state = { available: options.available ?? true, rotated: false, failDecrypt: false };
  const encryptor: Encryptor = {
    isAvailable: async () => state.available,
    encrypt: async (plain) => Buffer.from([state.rotated ? 2 : 1, ...Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)]),
    decrypt: async (cipher) => {
      if (state.failDecrypt)
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      const result = Buffer.from(cipher.subarray(1).map((b) => b ^ 0x5a)).toString('utf8');
      return { result, shouldReEncrypt: state.rotated && cipher[0] === 1 };
    },
  };
  return { encryptor, state };
}

function memoryStore() {
  const data = new Map<string, unknown>();
  const store: CipherStore = {
    get: (k) => data.get(k),
    set: (k, v) => void data.set(k, v),
    delete: (k) => void data.delete(k),
  };
  return { store, data };
}

describe('SafeStorageVault', () => {
  it('round-trips a secret and stores only base64 ciphertext', async () => {
    const { store, data } = memoryStore();
    const vault = new SafeStorageVault(store, fakeEncryptor().encryptor);
    await vault.set('executor.api-key', 'sk_live_123');
    expect(await vault.get('executor.api-key')).toBe('sk_live_123');
    const stored = data.get('executor.api-key');
    expect(typeof stored).toBe('string');
    expect(stored).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(JSON.stringify([...data])).not.toContain('sk_live_123');
  });

  it('refuses to store anything when encryption is unavailable', async () => {
    const { store, data } = memoryStore();
    const vault = new SafeStorageVault(store, fakeEncryptor({ available: false }).encryptor);
    await expect(vault.set('token', 'secret')).rejects.toThrow(/not available/);
    expect(data.size).toBe(0);
  });

  it('answers undefined for unknown, malformed or non-string entries', async () => {
    const { store, data } = memoryStore();
    data.set('weird', 42);
    const vault = new SafeStorageVault(store, fakeEncryptor().encryptor);
    expect(await vault.get('missing')).toBeUndefined();
    expect(await vault.get('weird')).toBeUndefined();
    expect(await vault.get('../etc/passwd')).toBeUndefined();
  });

  it('rejects invalid references on write and delete', async () => {
    const vault = new SafeStorageVault(memoryStore().store, fakeEncryptor().encryptor);
    await expect(vault.set('has space', 'x')).rejects.toThrow(/invalid secret reference/);
    await expect(vault.set('a'.repeat(65), 'x')).rejects.toThrow(/invalid secret reference/);
    await expect(vault.delete('')).rejects.toThrow(/invalid secret reference/);
  });

  it('deletes', async () => {
    const { store } = memoryStore();
    const vault = new SafeStorageVault(store, fakeEncryptor().encryptor);
    await vault.set('t', 'v');
    expect(await vault.has('t')).toBe(true);
    await vault.delete('t');
    expect(await vault.has('t')).toBe(false);
    expect(await vault.get('t')).toBeUndefined();
  });

  it('re-encrypts with the current key when the OS asks for it', async () => {
    const { store, data } = memoryStore();
    const { encryptor, state } = fakeEncryptor();
    const vault = new SafeStorageVault(store, encryptor);
    await vault.set('t', 'value');
    const before = data.get('t');
    state.rotated = true;
    expect(await vault.get('t')).toBe('value');
    expect(data.get('t')).not.toBe(before);
    expect(await vault.get('t')).toBe('value');
  });

  it('reports an undecryptable value without its content and answers undefined', async () => {
    const { store } = memoryStore();
    const { encryptor, state } = fakeEncryptor();
    const logs: string[] = [];
    const vault = new SafeStorageVault(store, encryptor, (_level, message) => logs.push(message));
    await vault.set('t', 'hunter2');
    state.failDecrypt = true;
    expect(await vault.get('t')).toBeUndefined();
    expect(logs).toHaveLength(1);
    expect(logs.join()).not.toContain('hunter2');
  });
});

describe('isEncryptionUsable', () => {
  it('needs safeStorage to be available', () => {
    expect(isEncryptionUsable('win32', true, undefined)).toBe(true);
    expect(isEncryptionUsable('win32', false, undefined)).toBe(false);
  });

  it("treats Linux's basic_text fallback (a fixed key) as unavailable", () => {
    expect(isEncryptionUsable('linux', true, 'basic_text')).toBe(false);
    expect(isEncryptionUsable('linux', true, 'gnome_libsecret')).toBe(true);
  });
});
