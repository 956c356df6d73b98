import { calls, type CallName, type CallParsedRequest, type CallResponse, type CallResult } from '../../shared/ipc/contract.ts';

export type CallHandlers = {
  [N in CallName]: (request: CallParsedRequest<N>) => Promise<CallResponse<N>>;
};

/**
 * Transport-agnostic entry for every renderer call. Unknown names and invalid payloads are
 * refused here, before any handler runs; handler failures come back as error values.
 */
export interface CallRouter {
  handle(name: unknown, request: unknown): Promise<CallResult<unknown>>;
}

function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}

export function createCallRouter(handlers: CallHandlers, onError: (name: string, error: unknown) => void = () => {}): CallRouter {
  return {
    async handle(name, request) {
      if (!isCallName(name)) return { ok: false, error: `unknown call '${String(name).slice(0, 64)}'` };
      const parsed = calls[name].request.safeParse(request);
      if (!parsed.success) {
        const detail = parsed.error.issues
          .slice(0, 5)
          .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
          .join('; ');
        return { ok: false, error: `invalid request for '${name}': ${detail}` };
      }
      try {
        const handler = handlers[name] as (r: unknown) => Promise<unknown>;
        return { ok: true, value: await handler(parsed.data) };
      } catch (error) {
        onError(name, error);
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
