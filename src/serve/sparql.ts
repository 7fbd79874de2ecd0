/**
 * Read-only SPARQL over the served dataset: queries are classified (and
 * updates refused) with sparqljs, run in a worker thread with Oxigraph, and
 * stopped by ending that thread when they overrun their time.
 */
import { Worker } from 'node:worker_threads';
import sparqljs from 'sparqljs';
import type { QueryForm, WorkerReply, WorkerRequest } from './sparql-worker.js';

export class SparqlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'SparqlError';
  }
}

export type SparqlResult = Extract<WorkerReply, { ok: true }>;

/** The form of a query; an update or text that does not parse is refused. */
export function queryForm(query: string): QueryForm {
  let parsed: { type: string; queryType?: string };
  try {
    parsed = new sparqljs.Parser().parse(query) as { type: string; queryType?: string };
  } catch (err) {
    throw new SparqlError(400, `the query does not parse: ${(err as Error).message.split('\n')[0]}`);
  }
  if (parsed.type === 'update') throw new SparqlError(403, 'this endpoint is read-only: SPARQL updates are refused');
  const form = parsed.queryType?.toUpperCase();
  if (form === 'SELECT' || form === 'ASK' || form === 'CONSTRUCT' || form === 'DESCRIBE') return form;
  throw new SparqlError(400, `unknown query form ${form ?? ''}`);
}

export interface EngineOptions {
  dump: string;
  timeoutMs: number;
  maxRows: number;
}

export class SparqlEngine {
  private worker!: Worker;
  private ready!: Promise<number>;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: EngineOptions) {
    this.start();
  }

  /** Resolves with the number of quads loaded, once the first worker is ready. */
  whenReady(): Promise<number> {
    return this.ready;
  }

  private start(): void {
    const worker = new Worker(new URL('./sparql-worker.js', import.meta.url), { workerData: { dump: this.options.dump } });
    this.worker = worker;
    this.ready = new Promise<number>((resolve, reject) => {
      const onMessage = (m: { ready?: boolean; size?: number }): void => {
        if (m.ready) {
          worker.off('message', onMessage);
          worker.off('error', reject);
          resolve(m.size ?? 0);
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    this.ready.catch(() => undefined);
  }

  /** Queries run one at a time, each bounded by the time-out. */
  query(query: string, graphs: { defaultGraphs?: string[]; namedGraphs?: string[] } = {}): Promise<SparqlResult> {
    const form = queryForm(query);
    const run = this.queue.then(() => this.run({ id: this.nextId++, query, form, maxRows: this.options.maxRows, ...graphs }));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(request: WorkerRequest): Promise<SparqlResult> {
    if (this.closed) throw new SparqlError(503, 'the server is stopping');
    await this.ready;
    const worker = this.worker;
    return new Promise<SparqlResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.off('message', onMessage);
        // The only way to stop Oxigraph mid-query: end its thread, start another.
        void worker.terminate();
        if (!this.closed) this.start();
        reject(new SparqlError(503, `the query ran longer than ${this.options.timeoutMs} ms and was stopped`));
      }, this.options.timeoutMs);
      const onMessage = (reply: WorkerReply): void => {
        if (reply.id !== request.id) return;
        clearTimeout(timer);
        worker.off('message', onMessage);
        if (reply.ok) resolve(reply);
        else reject(new SparqlError(reply.status, reply.message));
      };
      worker.on('message', onMessage);
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }
}
