/**
 * Loading graphs into a store, one named graph per document: the first
 * chunk PUT (so a rerun replaces rather than duplicates), the next chunks
 * POSTed, then a COUNT that must equal the triples sent.
 */
import type { GraphFile, GraphSet } from './graphs.js';
import { countQuery, graphUrl, GraphStore, NTRIPLES, StoreError } from './store.js';

export interface LoadOptions {
  /** Triples per request (default 50,000); graphs with blank nodes go in one request. */
  chunkTriples?: number;
  /** Skip graphs whose COUNT in the store already equals the triples to send. */
  resume?: boolean;
  onProgress?: (progress: LoadProgress) => void;
  onGraph?: (graph: GraphFile, outcome: 'loaded' | 'skipped') => void;
}

export interface LoadProgress {
  graphsDone: number;
  graphsTotal: number;
  triplesSent: number;
  elapsedMs: number;
}

export interface LoadResult {
  loaded: GraphFile[];
  skipped: GraphFile[];
  triplesSent: number;
  requests: number;
  elapsedMs: number;
}

/** A load that stopped: what was done before the failure, which graph failed, what was not reached. */
export class LoadFailure extends StoreError {
  constructor(
    readonly reason: StoreError,
    readonly done: LoadResult,
    readonly failed: GraphFile,
    readonly notReached: GraphFile[],
  ) {
    super(reason.message, reason.status, reason.url);
    this.name = 'LoadFailure';
  }
}

export const DEFAULT_CHUNK_TRIPLES = 50_000;

/** The requests a graph is sent in: N-Triples bodies of at most `chunkTriples` lines. */
export function chunksOf(text: string, graph: GraphFile, chunkTriples: number): Buffer[] {
  if (graph.hasBlankNodes || graph.triples <= chunkTriples) return [Buffer.from(text, 'utf8')];
  const chunks: Buffer[] = [];
  let start = 0;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    lines++;
    if (lines === chunkTriples) {
      chunks.push(Buffer.from(text.slice(start, i + 1), 'utf8'));
      start = i + 1;
      lines = 0;
    }
  }
  if (start < text.length) chunks.push(Buffer.from(text.slice(start), 'utf8'));
  return chunks;
}

export async function loadGraphs(set: GraphSet, store: GraphStore, options: LoadOptions = {}): Promise<LoadResult> {
  const chunkTriples = options.chunkTriples ?? DEFAULT_CHUNK_TRIPLES;
  const started = performance.now();
  const result: LoadResult = { loaded: [], skipped: [], triplesSent: 0, requests: 0, elapsedMs: 0 };
  const report = (): void => {
    result.elapsedMs = performance.now() - started;
    options.onProgress?.({ graphsDone: result.loaded.length + result.skipped.length, graphsTotal: set.graphs.length, triplesSent: result.triplesSent, elapsedMs: result.elapsedMs });
  };
  for (let i = 0; i < set.graphs.length; i++) {
    const graph = set.graphs[i]!;
    try {
      if (options.resume && (await store.count(graph.iri)) === graph.triples) {
        result.skipped.push(graph);
        options.onGraph?.(graph, 'skipped');
        report();
        continue;
      }
      const chunks = chunksOf(await set.text(graph), graph, chunkTriples);
      for (let c = 0; c < chunks.length; c++) {
        await store.send(graph.iri, chunks[c]!, c === 0 ? 'PUT' : 'POST');
        result.requests++;
      }
      const held = await store.count(graph.iri);
      if (held !== graph.triples) {
        throw new StoreError(`${graph.iri}: sent ${graph.triples} triples, but the store holds ${held} in that graph (COUNT at ${store.endpoints.query})`);
      }
      result.triplesSent += graph.triples;
      result.loaded.push(graph);
      options.onGraph?.(graph, 'loaded');
      report();
    } catch (err) {
      result.elapsedMs = performance.now() - started;
      const cause = err instanceof StoreError ? err : toStoreError(err);
      throw new LoadFailure(cause, result, graph, set.graphs.slice(i + 1));
    }
  }
  result.elapsedMs = performance.now() - started;
  return result;
}

function toStoreError(err: unknown): StoreError {
  const e = err as Error & { url?: string; code?: string; attempts?: number };
  if (e.name === 'ConnectionError') {
    return new StoreError(`${e.url}: ${e.code}: ${e.message}${e.attempts && e.attempts > 1 ? ` (after ${e.attempts} attempts)` : ''}`, undefined, e.url);
  }
  throw err;
}

/** What a load would send, as lines for people: one per request and one per COUNT. */
export function dryRunPlan(set: GraphSet, endpoints: { query: string; graphStore: string }, chunkTriples = DEFAULT_CHUNK_TRIPLES): string[] {
  const lines: string[] = [];
  for (const graph of set.graphs) {
    const chunks = graph.hasBlankNodes || graph.triples <= chunkTriples ? 1 : Math.ceil(graph.triples / chunkTriples);
    lines.push(`graph <${graph.iri}>: ${graph.triples} triples, ${graph.bytes} bytes of N-Triples, from ${graph.origins.join(', ')}`);
    for (let c = 0; c < chunks; c++) {
      const triples = chunks === 1 ? graph.triples : Math.min(chunkTriples, graph.triples - c * chunkTriples);
      lines.push(`  ${c === 0 ? 'PUT ' : 'POST'} ${graphUrl(endpoints.graphStore, graph.iri)}  (${NTRIPLES}, ${triples} triples)`);
    }
    lines.push(`  GET  ${endpoints.query}  ${countQuery(graph.iri)}  (must be ${graph.triples})`);
  }
  return lines;
}
