import { PROFILES_FORMAT_VERSION, ProfilesFileSchema, type ProfilesFile } from '../../shared/profiles/profile-schema.ts';

/** Where connection profiles persist. electron-store in Electron, its underlying `conf` under Node. */
export interface ProfileRepository {
  load(): ProfilesFile;
  save(file: ProfilesFile): void;
}

/** The part of conf / electron-store we use: both satisfy it. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export const EMPTY_PROFILES: ProfilesFile = { format: 'tradewatch-profiles', version: PROFILES_FORMAT_VERSION, profiles: [] };
const KEY = 'profiles';

/**
 * Profiles kept under one key of a conf-like store. A stored value that no longer validates
 * (hand-edited, older build) is reported and treated as empty rather than crashing start-up.
 */
export function createStoredProfileRepository(
  store: KeyValueStore,
  onInvalid: (message: string) => void = () => {},
): ProfileRepository {
  return {
    load() {
      const value = store.get(KEY);
      if (value === undefined) return EMPTY_PROFILES;
      const parsed = ProfilesFileSchema.safeParse(value);
      if (parsed.success) return parsed.data;
      onInvalid(`stored profiles are invalid and were ignored: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
      return EMPTY_PROFILES;
    },
    save(file) {
      store.set(KEY, ProfilesFileSchema.parse(file));
    },
  };
}

/** A repository held in memory: a --profiles file for the headless runner, or tests. */
export function createMemoryProfileRepository(initial: ProfilesFile = EMPTY_PROFILES): ProfileRepository {
  let current = initial;
  return {
    load: () => current,
    save: (file) => {
      current = ProfilesFileSchema.parse(file);
    },
  };
}
