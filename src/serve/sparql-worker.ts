/**
 * The SPARQL engine of `tbkg serve`, in a worker thread: Oxigraph runs a
 * query synchronously, so a query that overruns its time can only be
 * stopped by ending the thread that runs it (the server then starts another).
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import oxigraph from 'oxigraph';

export interface WorkerInput {
  /** N-Quads dump (gzipped when it ends in .gz). */
  dump: string;
}

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

export interface WorkerRequest {
  id: number;
  query: string;
  form: QueryForm;
  maxRows: number;
  defaultGraphs?: string[];
  namedGraphs?: string[];
}

/** SPARQL JSON results (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE), checked against the row limit. */
export type WorkerReply =
  | { id: number; ok: true; form: 'SELECT' | 'ASK'; json: string; rows: number }
  | { id: number; ok: true; form: 'CONSTRUCT' | 'DESCRIBE'; ntriples: string; rows: number }
  | { id: number; ok: false; status: number; message: string };

const input = workerData as WorkerInput;
const store = new oxigraph.Store();
let bytes: Buffer = readFileSync(input.dump);
if (input.dump.endsWith('.gz')) bytes = gunzipSync(bytes);
store.load(bytes.toString('utf8'), { format: 'application/n-quads' });
bytes = Buffer.alloc(0);
parentPort!.postMessage({ ready: true, size: store.size });

parentPort!.on('message', (request: WorkerRequest) => {
  try {
    const options: Record<string, unknown> = {};
    if (request.defaultGraphs?.length) options.default_graph = request.defaultGraphs.map((g) => oxigraph.namedNode(g));
    else options.use_default_graph_as_union = true;
    if (request.namedGraphs?.length) options.named_graphs = request.namedGraphs.map((g) => oxigraph.namedNode(g));
    const tooMany = (n: number, what: string): Error =>
      Object.assign(new Error(`the result has ${n} ${what}, more than the limit of ${request.maxRows}: narrow the query or add a LIMIT`), { status: 413 });
    if (request.form === 'SELECT' || request.form === 'ASK') {
      const json = store.query(request.query, { ...options, results_format: 'application/sparql-results+json' }) as string;
      let rows = 1;
      if (request.form === 'SELECT') {
        rows = (JSON.parse(json) as { results: { bindings: unknown[] } }).results.bindings.length;
        if (rows > request.maxRows) throw tooMany(rows, 'rows');
      }
      parentPort!.postMessage({ id: request.id, ok: true, form: request.form, json, rows } satisfies WorkerReply);
    } else {
      const ntriples = store.query(request.query, { ...options, results_format: 'application/n-triples' }) as string;
      let rows = 0;
      for (let i = ntriples.indexOf('\n'); i >= 0; i = ntriples.indexOf('\n', i + 1)) rows++;
      if (rows > request.maxRows) throw tooMany(rows, 'triples');
      parentPort!.postMessage({ id: request.id, ok: true, form: request.form, ntriples, rows } satisfies WorkerReply);
    }
  } catch (err) {
    const e = err as Error & { status?: number };
    parentPort!.postMessage({ id: request.id, ok: false, status: e.status ?? 400, message: e.message } satisfies WorkerReply);
  }
});
