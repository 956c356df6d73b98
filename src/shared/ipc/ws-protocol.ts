import { z } from 'zod';

/**
 * The contract carried over the browser host's WebSocket (`/ipc`). The socket only opens
 * with the host's token; every frame is JSON and is schema-checked on arrival.
 */
export const WS_PATH = '/ipc';
export const TOKEN_PARAM = 'token';
export const TOKEN_COOKIE = 'tradewatch_token';

export const WsClientMessageSchema = z
  .object({
    kind: z.literal('call'),
    id: z.number().int().min(0),
    name: z.string().max(64),
    request: z.unknown(),
  })
  .strict();
export type WsClientMessage = z.infer<typeof WsClientMessageSchema>;

/** Server -> client. `push.batch` is a PushBatch, `result.result` a CallResult. */
export type WsServerMessage =
  | { kind: 'result'; id: number; result: { ok: true; value: unknown } | { ok: false; error: string } }
  | { kind: 'push'; batch: unknown[] };

/** Frames larger than this are refused before parsing. */
export const WS_MAX_FRAME_BYTES = 256 * 1024;
