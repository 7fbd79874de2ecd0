/**
 * A triple store seen through the SPARQL 1.1 Graph Store HTTP Protocol
 * (indirect graph identification: `?graph=IRI`, always, since Virtuoso
 * answers 200 and loads nothing for N-Quads sent without it) and the SPARQL
 * 1.1 Protocol for the COUNT that proves a graph arrived whole.
 */
import { TbkgError } from '../errors.js';
import { iriRef } from '../serialize/ntriples.js';
import { HttpClient, storeMessage, type HttpResponse } from './http.js';

/** The store refused, failed, or holds other than what was sent (exit code 1). */
export class StoreError extends TbkgError {
  constructor(
    message: string,
    readonly status?: number,
    readonly url?: string,
  ) {
    super(message, 1);
    this.name = 'StoreError';
  }
}

export interface Endpoints {
  /** SPARQL query endpoint (COUNT). */
  query: string;
  /** Graph Store HTTP Protocol endpoint (PUT, POST). */
  graphStore: string;
}

export const NTRIPLES = 'application/n-triples';

export function graphUrl(graphStore: string, graph: string): string {
  const url = new URL(graphStore);
  url.searchParams.append('graph', graph);
  return url.href;
}

export function countQuery(graph: string): string {
  return `SELECT (COUNT(*) AS ?n) WHERE { GRAPH ${iriRef(graph)} { ?s ?p ?o } }`;
}

export function countUrl(queryEndpoint: string, graph: string): string {
  const url = new URL(queryEndpoint);
  url.searchParams.append('query', countQuery(graph));
  return url.href;
}

export class GraphStore {
  constructor(
    readonly endpoints: Endpoints,
    readonly http: HttpClient,
  ) {}

  /** PUT replaces the graph (a retry replaces again rather than adds); POST appends the next chunks. */
  async send(graph: string, body: Buffer, method: 'PUT' | 'POST'): Promise<HttpResponse> {
    const url = graphUrl(this.endpoints.graphStore, graph);
    const response = await this.http.send({ method, url, headers: { 'Content-Type': `${NTRIPLES}; charset=utf-8` }, body });
    if (response.status < 200 || response.status > 299) throw refusal(`${method} ${url}`, response);
    return response;
  }

  /** The number of triples the store holds in `graph`. */
  async count(graph: string): Promise<number> {
    const url = countUrl(this.endpoints.query, graph);
    const response = await this.http.send({ method: 'GET', url, headers: { Accept: 'application/sparql-results+json' } });
    if (response.status !== 200) throw refusal(`COUNT of ${graph} at ${this.endpoints.query}`, response);
    return readCount(response.body, this.endpoints.query);
  }
}

export function refusal(what: string, response: HttpResponse): StoreError {
  const message = storeMessage(response.body);
  const tries = response.attempts > 1 ? ` after ${response.attempts} attempts` : '';
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return new StoreError(`${what}: ${status}${tries}${message ? `: ${message}` : ''}`, response.status, what);
}

function readCount(body: Buffer, endpoint: string): number {
  let json: { results?: { bindings?: Record<string, { value?: string }>[] } };
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new StoreError(`${endpoint} did not answer the COUNT query with SPARQL JSON results: ${storeMessage(body, 200)}`);
  }
  const binding = json.results?.bindings?.[0];
  const value = binding ? Object.values(binding)[0]?.value : undefined;
  if (value === undefined || !/^\d+$/.test(value)) throw new StoreError(`${endpoint} answered the COUNT query without a count: ${storeMessage(body, 200)}`);
  return Number(value);
}
