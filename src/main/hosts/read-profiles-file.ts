import { readFile } from 'node:fs/promises';
import { ProfilesFileSchema, type ProfilesFile } from '../../shared/profiles/profile-schema.ts';

/** Reads and validates a profiles export file; the error says which entry is wrong and why. */
export async function readProfilesFile(path: string): Promise<ProfilesFile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read profiles file ${path}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = ProfilesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`invalid profiles file ${path}:\n${issues.join('\n')}`);
  }
  return parsed.data;
}
