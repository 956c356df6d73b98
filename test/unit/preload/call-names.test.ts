import { describe, expect, it } from 'vitest';
import { CALL_NAMES, IPC_CALL_CHANNEL, IPC_PUSH_CHANNEL } from '../../../src/shared/ipc/contract.ts';
import { CALL_NAME_LIST, IPC_CHANNELS, isCallName } from '../../../src/shared/ipc/call-names.ts';

describe('call-names (the zod-free copy the preload bundles)', () => {
  it('lists exactly the contract calls, once each', () => {
    expect(new Set(CALL_NAME_LIST).size).toBe(CALL_NAME_LIST.length);
    expect([...CALL_NAME_LIST].sort()).toEqual([...CALL_NAMES].sort());
  });

  it('uses the contract channel names', () => {
    expect(IPC_CHANNELS).toEqual({ call: IPC_CALL_CHANNEL, push: IPC_PUSH_CHANNEL });
  });

  it('recognises only call names, not object keys or other values', () => {
    expect(isCallName('events.query')).toBe(true);
    for (const name of ['toString', '__proto__', 'constructor', 'events', '', 42, null, undefined, {}]) {
      expect(isCallName(name)).toBe(false);
    }
  });
});
