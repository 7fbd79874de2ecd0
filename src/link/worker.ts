/** A worker thread of `tbkg convert`: converts the documents the main thread sends, one at a time. */
import { parentPort } from 'node:worker_threads';
import { convertForCorpus, type DocumentTask } from './document.js';

if (!parentPort) throw new Error('link/worker.js runs as a worker thread');
const port = parentPort;
port.on('message', (task: DocumentTask) => {
  // The N-Quads bytes move to the main thread (transferred, not copied).
  void convertForCorpus(task).then((result) => port.postMessage(result, result.ok ? [result.nquads.buffer as ArrayBuffer] : []));
});
