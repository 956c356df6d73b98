import type { CallName, CallRequest, CallResponse, PushBatch, TradewatchApi } from '../shared/ipc/contract.ts';
import { IPC_CHANNELS, isCallName } from '../shared/ipc/call-names.ts';

type PushListener = (event: unknown, batch: unknown) => void;

/** The slice of ipcRenderer the API needs; tests pass a fake, the preload passes ipcRenderer. */
export interface PreloadIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: PushListener): unknown;
  removeListener(channel: string, listener: PushListener): unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Main answers with a CallResult; turn it back into a value or a thrown Error. */
export function unwrapCallResult(name: string, result: unknown): unknown {
  if (isRecord(result) && result.ok === true && 'value' in result) return result.value;
  if (isRecord(result) && result.ok === false) {
    throw new Error(typeof result.error === 'string' ? result.error : `call '${name}' failed`);
  }
  throw new Error(`malformed reply to '${name}'`);
}

/**
 * Builds window.tradewatch. Names are checked here so a typo fails fast in the renderer,
 * but main re-validates everything: this is convenience, not the security boundary.
 */
export function createTradewatchApi(
  ipc: PreloadIpc,
  onListenerError: (error: unknown) => void = () => {},
): TradewatchApi {
  async function call<N extends CallName>(name: N, request: CallRequest<N>): Promise<CallResponse<N>> {
    if (!isCallName(name)) throw new Error(`unknown call '${String(name).slice(0, 64)}'`);
    const result = await ipc.invoke(IPC_CHANNELS.call, name, request);
    return unwrapCallResult(name, result) as CallResponse<N>;
  }

  function onPush(listener: (batch: PushBatch) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onPush expects a function');
    // The IpcRendererEvent stays here: only the batch crosses into the page.
    const forward: PushListener = (_event, batch) => {
      if (!Array.isArray(batch)) return;
      try {
        listener(batch as PushBatch);
      } catch (error) {
        onListenerError(error);
      }
    };
    ipc.on(IPC_CHANNELS.push, forward);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      ipc.removeListener(IPC_CHANNELS.push, forward);
    };
  }

  return { call, onPush };
}
