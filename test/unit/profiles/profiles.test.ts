import { afterEach, describe, expect, it } from 'vitest';
import Conf from 'conf';
import { ProfilesFileSchema } from '../../../src/shared/profiles/profile-schema.ts';
import { createStoredProfileRepository, EMPTY_PROFILES } from '../../../src/main/profiles/profile-repository.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const file = {
  format: 'tradewatch-profiles',
  version: 1,
  profiles: [{ id: 'demo-fast', kind: 'demo', label: 'Fast demo', settings: { speed: 5, seed: 42 } }],
};

describe('profiles file format', () => {
  it('accepts a documented file and applies defaults', () => {
    const parsed = ProfilesFileSchema.parse(file);
    expect(parsed.profiles[0]).toEqual({ id: 'demo-fast', kind: 'demo', label: 'Fast demo', enabled: true, settings: { speed: 5, seed: 42 } });
  });

  it('refuses unknown kinds, unknown fields, bad ids and duplicate ids', () => {
    const bad = (profiles: unknown[]) => ProfilesFileSchema.safeParse({ ...file, profiles }).success;
    expect(bad([{ id: 'x', kind: 'ftp', label: 'X' }])).toBe(false);
    expect(bad([{ id: 'x', kind: 'demo', label: 'X', password: 'hunter2' }])).toBe(false);
    expect(bad([{ id: 'Not OK', kind: 'demo', label: 'X' }])).toBe(false);
    expect(bad([{ id: 'x', kind: 'demo', label: 'X' }, { id: 'x', kind: 'demo', label: 'Y' }])).toBe(false);
    expect(ProfilesFileSchema.safeParse({ ...file, version: 2 }).success).toBe(false);
  });
});

describe('stored profile repository (conf, as under the Node hosts)', () => {
  it('round-trips through a real conf file', () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const repo = createStoredProfileRepository(new Conf({ projectName: 'tradewatch-test', cwd: dir.path }));
    expect(repo.load()).toEqual(EMPTY_PROFILES);
    repo.save(ProfilesFileSchema.parse(file));
    const again = createStoredProfileRepository(new Conf({ projectName: 'tradewatch-test', cwd: dir.path }));
    expect(again.load().profiles[0]?.id).toBe('demo-fast');
  });

  it('treats an invalid stored value as empty and reports it', () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const conf = new Conf<Record<string, unknown>>({ projectName: 'tradewatch-test', cwd: dir.path });
    conf.set('profiles', { format: 'something-else' });
    const reports: string[] = [];
    expect(createStoredProfileRepository(conf, (m) => reports.push(m)).load()).toEqual(EMPTY_PROFILES);
    expect(reports[0]).toMatch(/stored profiles are invalid/);
  });
});
