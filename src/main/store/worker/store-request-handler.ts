import { EventDatabase } from '../event-database.ts';
import { commitGroups } from './commit-groups.ts';
import { toStoreError, type StoreRequest, type StoreResponse } from './store-protocol.ts';

/**
 * The store worker's logic without the thread: owns (at most) one EventDatabase and turns each
 * request into its response. Failures come back as error values, never as throws.
 */
export function createStoreRequestHandler(): (request: StoreRequest) => StoreResponse {
  let db: EventDatabase | undefined;

  const database = (): EventDatabase => {
    if (db === undefined) throw new Error('store is not open');
    return db;
  };

  const run = (request: StoreRequest): unknown => {
    switch (request.op) {
      case 'open':
        db?.close();
        db = new EventDatabase(request.path);
        return null;
      case 'insert':
        return commitGroups(database(), request.groups);
      case 'query':
        return database().query(request.query);
      case 'cursors':
        return database().cursors();
      case 'close':
        db?.close();
        db = undefined;
        return null;
    }
  };

  return (request) => {
    try {
      return { id: request.id, ok: true, result: run(request) };
    } catch (error) {
      return { id: request.id, ok: false, error: toStoreError(error) };
    }
  };
}
