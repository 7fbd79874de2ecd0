/**
 * Federated queries (SERVICE clauses) go to Comunica, which joins local
 * data with remote endpoints; Oxigraph's WebAssembly build cannot make
 * HTTP requests. Comunica costs about a second to load, so this module is
 * imported only for a query that has a SERVICE clause. The local data is
 * held in an N3 store (the configuration bench/query.js measures); the
 * SERVICE requests go through the same HTTP policy as --endpoint (retries,
 * deadline), without credentials: those are for --endpoint only.
 */
import type * as RDF from '@rdfjs/types';
import { QueryEngine } from '@comunica/query-sparql';
import { DataFactory, Store, type Quad } from 'n3';
import { QueryFailure } from './errors.js';
import { fetchWithPolicy, type HttpPolicy } from './http.js';
import { convertDocument, readDumpQuads, type SourceOptions } from './read-source.js';
import { orderColumns, type QueryResult, type Row } from './result.js';
import type { Source } from './sources.js';
import type { QueryShape } from './syntax.js';

export interface FederatedRequest {
  queryText: string;
  shape: QueryShape;
  sources: Source[];
  union: boolean;
  base?: string;
  symbol?: string;
}

export interface QuadCounts {
  total: number;
  defaultGraph: number;
  namedGraphs: number;
}

export interface FederatedRun {
  result: QueryResult;
  quads: QuadCounts;
  loadMs: number;
  queryMs: number;
}

export interface FederatedOptions extends SourceOptions {
  /** Called when the local data is loaded, before the query runs. */
  loaded?: (quads: QuadCounts) => void;
}

export async function queryFederated(request: FederatedRequest, policy: HttpPolicy, options: FederatedOptions): Promise<FederatedRun> {
  const loadStarted = performance.now();
  const { store, quads } = await loadN3Store(request, options);
  const loadMs = performance.now() - loadStarted;
  options.loaded?.(quads);
  const queryStarted = performance.now();
  const engine = new QueryEngine();
  const context = {
    sources: [store],
    fetch: (input: string | URL | Request, init?: RequestInit) => fetchWithPolicy(String(input instanceof Request ? input.url : input), init ?? {}, policy),
  };
  let result: QueryResult;
  try {
    const query = await engine.query(request.queryText, context as never);
    switch (query.resultType) {
      case 'bindings': {
        const variables = request.shape.star
          ? orderColumns((await query.metadata()).variables.map((v) => v.value), request.shape.variables)
          : request.shape.variables!;
        result = { kind: 'bindings', variables, rows: rowsOf(await query.execute(), variables, policy.signal) };
        break;
      }
      case 'boolean':
        result = { kind: 'boolean', value: await query.execute() };
        break;
      case 'quads':
        result = { kind: 'quads', quads: guarded(await query.execute(), policy.signal) };
        break;
      default:
        throw new QueryFailure('the query returned no result');
    }
  } catch (err) {
    throw failure(err, policy.signal);
  }
  return { result, quads, loadMs, queryMs: performance.now() - queryStarted };
}

/**
 * The union default graph as an RDF merge, each triple once (see the same
 * function in local.ts): Comunica's unionDefaultGraph, like Oxigraph's,
 * yields a triple once per graph that holds it.
 */
function mergeIntoDefaultGraph(store: Store): void {
  const named = store.getQuads(null, null, null, null).filter((q) => q.graph.termType !== 'DefaultGraph');
  for (const q of named) store.addQuad(q.subject, q.predicate, q.object, DataFactory.defaultGraph());
}

function countQuads(store: Store): QuadCounts {
  const namedGraphs = store.getGraphs(null, null, null).filter((g) => g.termType !== 'DefaultGraph').length;
  return { total: store.size, defaultGraph: store.countQuads(null, null, null, DataFactory.defaultGraph()), namedGraphs };
}

/** The local data in an N3 store, the default graph merged as `union` asks; counted before the merge. */
export async function loadN3Store(
  request: Pick<FederatedRequest, 'sources' | 'union' | 'base' | 'symbol'>,
  options: SourceOptions,
): Promise<{ store: Store; quads: QuadCounts }> {
  const store = new Store();
  for (const source of request.sources) {
    let quads: Quad[];
    if (source.kind === 'document') quads = await convertDocument(source, { ...options, base: request.base, symbol: request.symbol });
    else quads = await readDumpQuads(source);
    store.addQuads(quads);
  }
  const quads = countQuads(store);
  if (request.union) mergeIntoDefaultGraph(store);
  return { store, quads };
}

async function* rowsOf(bindings: AsyncIterable<{ get(name: string): RDF.Term | undefined }>, variables: string[], signal?: AbortSignal): AsyncGenerator<Row> {
  for await (const solution of guarded(bindings, signal)) yield variables.map((v) => solution.get(v));
}

/** Iterates, turning Comunica's errors (and an abort) into the failures the CLI reports. */
async function* guarded<T>(items: AsyncIterable<T>, signal?: AbortSignal): AsyncGenerator<T> {
  try {
    for await (const item of items) {
      if (signal?.aborted) throw signal.reason;
      yield item;
    }
  } catch (err) {
    throw failure(err, signal);
  }
}

function failure(err: unknown, signal?: AbortSignal): unknown {
  if (signal?.aborted) return signal.reason;
  if (err instanceof QueryFailure) return err;
  return new QueryFailure(`federated query failed: ${(err as Error).message}`);
}
