import type { SecretVault } from '../sources/source.ts';

/**
 * Secrets for the Node hosts (headless runner, browser host), which have no safeStorage:
 * a reference `foo.bar` resolves to the environment variable TRADEWATCH_SECRET_FOO_BAR, so
 * secrets stay out of profile files and out of argv.
 */
export function envSecretVault(env: NodeJS.ProcessEnv = process.env): SecretVault {
  return {
    async get(ref) {
      return env[`TRADEWATCH_SECRET_${ref.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`];
    },
  };
}
