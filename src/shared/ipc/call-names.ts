import type {
  CallName,
  IPC_CALL_CHANNEL as ContractCallChannel,
  IPC_PUSH_CHANNEL as ContractPushChannel,
} from './contract.ts';

/**
 * The contract's call names and channel names without zod: the sandboxed preload bundles
 * this file, and contract.ts would drag zod (an external `require`) into it, which a
 * sandboxed preload cannot load. Type-only imports keep both lists tied to the contract.
 */
export const CALL_NAME_LIST = [
  'app.info',
  'events.query',
  'connections.list',
  'profiles.export',
  'profiles.import',
] as const satisfies readonly CallName[];

type Listed = (typeof CALL_NAME_LIST)[number];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails to compile when a call is added to (or removed from) the contract but not here. */
export type CallNameListMatchesContract = Assert<Same<Listed, CallName>>;

/** The two Electron channels; typed as the contract's literals, so a rename breaks the build. */
export const IPC_CHANNELS: { readonly call: typeof ContractCallChannel; readonly push: typeof ContractPushChannel } = {
  call: 'tradewatch:call',
  push: 'tradewatch:push',
};

const names: ReadonlySet<string> = new Set(CALL_NAME_LIST);

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && names.has(name);
}
