/**
 * The local engine in a worker thread, for --timeout: Oxigraph evaluates a
 * query in one synchronous call that no timer can interrupt, so the main
 * thread runs it here and terminates the thread when time is up.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { errorToRecord } from './errors.js';
import { LocalDataset, type LocalRequest } from './local.js';
import type { WorkerMessage } from './local-run.js';

const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);
const request = workerData as LocalRequest;

try {
  const loadStarted = performance.now();
  const { dataset, summary } = await LocalDataset.load(request, {
    documentWarning: (file, warning) => send({ type: 'warning', file, warning }),
  });
  send({ type: 'loaded', summary, loadMs: performance.now() - loadStarted });
  const queryStarted = performance.now();
  const raw = dataset.evaluate(request.queryText, request.form);
  send({ type: 'result', raw, queryMs: performance.now() - queryStarted });
} catch (err) {
  send({ type: 'error', error: errorToRecord(err) });
}
