import { parentPort } from 'node:worker_threads';
import { createStoreRequestHandler } from './store-request-handler.ts';
import type { StoreRequest } from './store-protocol.ts';

// Worker entry (bundled as out/main/store-worker.js in Electron): the SQLite work, fsync
// included, runs here and never on the thread that serves IPC. node:sqlite is synchronous,
// so requests are answered one at a time, in arrival order.

const port = parentPort;
if (port === null) throw new Error('store-worker must run in a worker thread');

const handle = createStoreRequestHandler();
port.on('message', (request: StoreRequest) => port.postMessage(handle(request)));
