import { z } from 'zod';

/**
 * A secret is never written into a profile: the profile holds a reference, and the
 * vault (safeStorage in Electron) holds the value under that name.
 */
export const SecretRefSchema = z.object({ secretRef: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/) }).strict();
export type SecretRef = z.infer<typeof SecretRefSchema>;

const profileBase = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes'),
  label: z.string().min(1).max(80),
  enabled: z.boolean().default(true),
};

export const DemoProfileSchema = z
  .object({
    ...profileBase,
    kind: z.literal('demo'),
    settings: z
      .object({
        /** Multiplies the simulated event rate (1 = about 25 events/s). */
        speed: z.number().min(0.1).max(100).default(1),
        /** Fixed seed for a reproducible feed; random when absent. */
        seed: z.number().int().optional(),
      })
      .strict()
      .default({ speed: 1 }),
  })
  .strict();

/** One schema per source kind; later kinds join this union. */
export const ProfileSchema = z.discriminatedUnion('kind', [DemoProfileSchema]);
export type Profile = z.infer<typeof ProfileSchema>;

export const PROFILES_FORMAT_VERSION = 1;

/** The import/export file (docs/profiles.md). */
export const ProfilesFileSchema = z
  .object({
    format: z.literal('tradewatch-profiles'),
    version: z.literal(PROFILES_FORMAT_VERSION),
    profiles: z.array(ProfileSchema).max(100),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const [i, p] of file.profiles.entries()) {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', message: `duplicate profile id '${p.id}'`, path: ['profiles', i, 'id'] });
      seen.add(p.id);
    }
  });
export type ProfilesFile = z.infer<typeof ProfilesFileSchema>;
