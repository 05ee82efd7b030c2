import { parentPort, workerData } from 'node:worker_threads';
import { serveImportRecords, type ThreadStart } from './recordsInWorker';

/** Entry of an import's reading thread (out/main/importRecords.js); see recordsInWorker. */
if (!parentPort) throw new Error('importRecords.js runs only as a worker thread');
void serveImportRecords(parentPort, workerData as ThreadStart);
