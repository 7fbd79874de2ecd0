/**
 * Runs the local engine in this thread, or, when a timeout is set, in a
 * worker thread that is terminated when the time is up (Oxigraph cannot be
 * interrupted from inside: its query is one synchronous call).
 */
import { Worker } from 'node:worker_threads';
import type { Warning } from '../model.js';
import { recordToError, QueryTimeout, type ErrorRecord } from './errors.js';
import { LocalDataset, type LoadSummary, type LocalRequest, type RawResult } from './local.js';

export type WorkerMessage =
  | { type: 'warning'; file: string; warning: Warning }
  | { type: 'loaded'; summary: LoadSummary; loadMs: number }
  | { type: 'result'; raw: RawResult; queryMs: number }
  | { type: 'error'; error: ErrorRecord };

export interface LocalRun {
  raw: RawResult;
  summary: LoadSummary;
  loadMs: number;
  queryMs: number;
}

export interface LocalRunOptions {
  /** Seconds the query may run once the data is loaded; undefined: no limit, and no worker thread. */
  timeoutSeconds?: number;
  documentWarning: (file: string, warning: Warning) => void;
  /** Called when the data is loaded, before the query runs (the load warning goes out here). */
  loaded?: (summary: LoadSummary) => void;
}

export async function runLocal(request: LocalRequest, options: LocalRunOptions): Promise<LocalRun> {
  if (options.timeoutSeconds === undefined) return runInThisThread(request, options);
  return runInWorker(request, options, options.timeoutSeconds);
}

async function runInThisThread(request: LocalRequest, options: LocalRunOptions): Promise<LocalRun> {
  const loadStarted = performance.now();
  const { dataset, summary } = await LocalDataset.load(request, options);
  const loadMs = performance.now() - loadStarted;
  options.loaded?.(summary);
  const queryStarted = performance.now();
  const raw = dataset.evaluate(request.queryText, request.form);
  return { raw, summary, loadMs, queryMs: performance.now() - queryStarted };
}

function runInWorker(request: LocalRequest, options: LocalRunOptions, timeoutSeconds: number): Promise<LocalRun> {
  return new Promise<LocalRun>((resolve, reject) => {
    const worker = new Worker(new URL('./local-worker.js', import.meta.url), { workerData: request });
    let loaded: { summary: LoadSummary; loadMs: number } | undefined;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'warning':
          options.documentWarning(message.file, message.warning);
          break;
        case 'loaded':
          loaded = message;
          options.loaded?.(message.summary);
          timer = setTimeout(() => settle(() => reject(new QueryTimeout(timeoutSeconds))), timeoutSeconds * 1000);
          break;
        case 'result':
          settle(() => resolve({ raw: message.raw, summary: loaded!.summary, loadMs: loaded!.loadMs, queryMs: message.queryMs }));
          break;
        case 'error':
          settle(() => reject(recordToError(message.error)));
          break;
      }
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the query thread stopped (exit code ${code})`))));
  });
}
