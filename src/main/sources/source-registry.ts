import type { SourceKind } from '../../shared/events/index.ts';
import type { Profile } from '../../shared/profiles/profile-schema.ts';
import { demoSourceDefinition } from './demo/demo-source.ts';
import type { SourceDefinition } from './source.ts';

type Registry = { [K in SourceKind]: SourceDefinition<Extract<Profile, { kind: K }>> };

/** Every source kind the app can run, keyed by kind. Adding a source = one entry here (docs/adding-a-source.md). */
export const SOURCE_REGISTRY: Registry = {
  demo: demoSourceDefinition,
};

export function sourceDefinition<K extends SourceKind>(kind: K): Registry[K] {
  return SOURCE_REGISTRY[kind];
}
