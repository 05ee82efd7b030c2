import { parentPort, workerData } from 'node:worker_threads';
import { runBackendWorker } from './runBackendWorker';

/** Entry of the backend worker thread (out/main/worker.js); see workerProtocol.ts. */
if (!parentPort) throw new Error('worker.js runs only as a worker thread');
void runBackendWorker(parentPort, workerData);
