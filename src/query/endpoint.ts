/**
 * A remote SPARQL 1.1 endpoint, through the SPARQL protocol: the query is
 * POSTed as an URL-encoded form (`query=...`), the one way every store
 * answers; Virtuoso 7.2 never answers a POST of application/sparql-query.
 * SELECT results are asked as SPARQL JSON and
 * parsed as a stream, so rows are written while the answer is still
 * arriving; graphs are asked as N-Triples (or Turtle) and parsed as a
 * stream too. An endpoint that answers an HTML page, or an error, is
 * reported by its status and the first line of what it said.
 */
import { Readable } from 'node:stream';
import type * as RDF from '@rdfjs/types';
import { StreamParser } from 'n3';
import { SparqlJsonParser } from 'sparqljson-parse';
import { QueryFailure } from './errors.js';
import { describeResponse, fetchWithPolicy, PASSWORD_VARIABLE, USER_VARIABLE, type HttpPolicy } from './http.js';
import { orderColumns, type QueryResult, type Row } from './result.js';
import type { QueryShape } from './syntax.js';

const RESULTS_JSON = 'application/sparql-results+json';
const GRAPH_TYPES = 'application/n-triples, text/turtle;q=0.9, application/n-quads;q=0.8, application/trig;q=0.7';

export async function queryEndpoint(endpoint: string, queryText: string, shape: QueryShape, policy: HttpPolicy): Promise<QueryResult> {
  const graph = shape.form === 'CONSTRUCT' || shape.form === 'DESCRIBE';
  const response = await fetchWithPolicy(
    endpoint,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept: graph ? GRAPH_TYPES : `${RESULTS_JSON}, application/json;q=0.9` },
      body: new URLSearchParams({ query: queryText }).toString(),
    },
    { ...policy, credentialsFor: endpoint },
  );
  if (!response.ok) {
    const hint = response.status === 401 ? ` (credentials come from ${USER_VARIABLE} and ${PASSWORD_VARIABLE})` : '';
    throw new QueryFailure(`endpoint ${endpoint} answered ${await describeResponse(response)}${hint}`);
  }
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType === 'text/html' || contentType === 'application/xhtml+xml') {
    throw new QueryFailure(`endpoint ${endpoint} answered an HTML page, not SPARQL results (${await describeResponse(response)}): is this the SPARQL endpoint's URL?`);
  }
  const body = response.body ? Readable.fromWeb(response.body as import('node:stream/web').ReadableStream) : Readable.from([]);
  if (graph) {
    const format = contentType || 'application/n-triples';
    if (!/^(application\/n-triples|text\/turtle|application\/n-quads|application\/trig|text\/plain)$/.test(format)) {
      body.destroy();
      throw new QueryFailure(`endpoint ${endpoint} answered ${format}, not an RDF graph in N-Triples, Turtle, N-Quads or TriG`);
    }
    return { kind: 'quads', quads: body.pipe(new StreamParser({ format: format === 'text/plain' ? 'application/n-triples' : format })) as AsyncIterable<RDF.Quad> };
  }
  if (contentType !== RESULTS_JSON && contentType !== 'application/json') {
    const line = await describeResponse(response);
    throw new QueryFailure(`endpoint ${endpoint} answered ${contentType || 'no content type'}, not SPARQL JSON results (${line})`);
  }
  const parser = new SparqlJsonParser({ prefixVariableQuestionMark: false });
  if (shape.form === 'ASK') {
    try {
      return { kind: 'boolean', value: await parser.parseJsonBooleanStream(body) };
    } catch (err) {
      throw new QueryFailure(`endpoint ${endpoint} sent a bad boolean result: ${(err as Error).message}`);
    }
  }
  return bindingsFromJsonStream(parser.parseJsonResultsStream(body), shape, endpoint);
}

/**
 * Rows in projection order. For SELECT * the columns are those of the head,
 * which comes before the bindings in every endpoint's JSON.
 */
async function bindingsFromJsonStream(stream: NodeJS.ReadableStream, shape: QueryShape, endpoint: string): Promise<QueryResult> {
  const variables = shape.star ? orderColumns(await headVariables(stream, endpoint), shape.variables) : shape.variables!;
  async function* rows(): AsyncGenerator<Row> {
    try {
      for await (const bindings of stream as AsyncIterable<Record<string, RDF.Term>>) {
        yield variables.map((v) => bindings[v]);
      }
    } catch (err) {
      throw err instanceof QueryFailure ? err : new QueryFailure(`endpoint ${endpoint} sent bad SPARQL JSON: ${(err as Error).message}`);
    }
  }
  return { kind: 'bindings', variables, rows: rows() };
}

function headVariables(stream: NodeJS.ReadableStream, endpoint: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    stream.once('variables', (variables: RDF.Variable[]) => resolve(variables.map((v) => v.value)));
    stream.once('error', (err: Error) => reject(new QueryFailure(`endpoint ${endpoint} sent bad SPARQL JSON: ${err.message}`)));
    stream.once('end', () => resolve([]));
    // Rows are not read until the head is known; the stream stays paused.
    stream.pause();
  });
}
