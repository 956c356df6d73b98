import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStoreRequestHandler } from '../../../src/main/store/worker/store-request-handler.ts';
import { makeEvent } from './helpers/events.ts';
import { makeTempDir } from './helpers/temp-dir.ts';

// The worker's logic, run on this thread: every failure must come back as a value.
describe('createStoreRequestHandler', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let handle: ReturnType<typeof createStoreRequestHandler>;

  beforeEach(() => {
    temp = makeTempDir();
    handle = createStoreRequestHandler();
  });
  afterEach(() => {
    handle({ id: 0, op: 'close' });
    temp.cleanup();
  });

  it('answers before open with an error value', () => {
    expect(handle({ id: 1, op: 'cursors' })).toEqual({
      id: 1,
      ok: false,
      error: { name: 'Error', message: 'store is not open' },
    });
  });

  it('opens, inserts, queries and closes, echoing request ids', () => {
    expect(handle({ id: 1, op: 'open', path: temp.file('events.db') })).toEqual({ id: 1, ok: true, result: null });
    const inserted = handle({
      id: 2,
      op: 'insert',
      groups: [
        { events: [makeEvent({ id: 'a' })], cursors: [] },
        { events: [makeEvent({ id: 'b' })], cursors: [{ sourceId: 's', cursor: '1' }] },
      ],
    });
    expect(inserted).toMatchObject({ id: 2, ok: true, result: { committed: { count: 2, lastId: 'b', lastRowId: 2 } } });
    expect(handle({ id: 3, op: 'query', query: {} })).toMatchObject({
      id: 3,
      ok: true,
      result: { events: [{ id: 'b' }, { id: 'a' }] },
    });
    expect(handle({ id: 4, op: 'cursors' })).toEqual({ id: 4, ok: true, result: { s: '1' } });
    expect(handle({ id: 5, op: 'close' })).toEqual({ id: 5, ok: true, result: null });
  });

  it('isolates a failing append: its neighbours commit, each with its own report', () => {
    handle({ id: 1, op: 'open', path: temp.file('events.db') });
    handle({ id: 2, op: 'insert', groups: [{ events: [makeEvent({ id: 'dup' })], cursors: [] }] });
    const result = handle({
      id: 3,
      op: 'insert',
      groups: [
        { events: [makeEvent({ id: 'x' })], cursors: [] },
        { events: [makeEvent({ id: 'dup' })], cursors: [{ sourceId: 's', cursor: 'lost' }] },
        { events: [makeEvent({ id: 'y' })], cursors: [] },
      ],
    });
    expect(result).toMatchObject({
      id: 3,
      ok: true,
      result: {
        each: [
          { ok: true, report: { count: 1, lastId: 'x' } },
          { ok: false, error: { message: expect.stringMatching(/UNIQUE constraint failed/) } },
          { ok: true, report: { count: 1, lastId: 'y' } },
        ],
      },
    });
    expect(handle({ id: 4, op: 'cursors' })).toEqual({ id: 4, ok: true, result: {} });
  });

  it('reports an invalid query as an error value', () => {
    handle({ id: 1, op: 'open', path: temp.file('events.db') });
    expect(handle({ id: 2, op: 'query', query: { limit: -1 } })).toMatchObject({
      id: 2,
      ok: false,
      error: { name: 'ZodError' },
    });
  });
});
