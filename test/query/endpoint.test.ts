/**
 * Remote endpoints and federation, against a SPARQL endpoint started here
 * on 127.0.0.1 (no other network is used): the SPARQL protocol, retries,
 * credentials from the environment, errors reported by status and first
 * line, timeouts, and SERVICE joining local data with the endpoint's.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryEngine } from '@comunica/query-sparql';
import { Store } from 'oxigraph';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { convertDocument, toNQuads } from '../../src/query/read-source.js';
import { ROOT, SEED, type RunResult } from '../support/cli.js';
import { startEndpoint, type TestEndpoint } from './endpoint-server.js';

const FOLLOW_UP = join(ROOT, 'queries', 'follow-up.rq');
const EXPECTED_FOLLOW_UP = readFileSync(join(ROOT, 'test', 'query', 'expected', 'follow-up.tsv'), 'utf8');
let endpoint: TestEndpoint;

/** The CLI in a child process, asynchronously: the endpoint answers from this process meanwhile. */
function tbkgAsync(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'tbkg.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, TBKG_ENDPOINT_USER: '', TBKG_ENDPOINT_PASSWORD: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? -1, stdout, stderr }));
  });
}

beforeAll(async () => {
  const store = new Store();
  store.load(toNQuads(await convertDocument({ kind: 'document', path: SEED }, { documentWarning: () => undefined })), { format: 'application/n-quads' });
  // What the endpoint knows and the seed does not: the status of two instruments.
  store.load(
    [
      '<https://w3id.org/tbkg/instrument/rome-statute> <http://example.org/status> "signed, not ratified"@en .',
      '<https://w3id.org/tbkg/instrument/opcat> <http://example.org/status> "ratified in 2008"@en .',
    ].join('\n'),
    { format: 'application/n-triples' },
  );
  endpoint = await startEndpoint(store);
});

afterAll(async () => {
  await endpoint.close();
});

beforeEach(() => {
  endpoint.requests.length = 0;
  endpoint.behave(undefined);
  endpoint.requireAuth(undefined);
});

describe('tbkg query --endpoint', () => {
  it('asks with the SPARQL protocol and writes the same rows as the local engine', async () => {
    const r = await tbkgAsync(['query', FOLLOW_UP, '--endpoint', endpoint.url]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(EXPECTED_FOLLOW_UP);
    expect(endpoint.requests).toHaveLength(1);
    expect(endpoint.requests[0]).toMatchObject({ method: 'POST', contentType: 'application/x-www-form-urlencoded; charset=utf-8' });
    expect(endpoint.requests[0]!.accept).toContain('application/sparql-results+json');
  });

  it('takes the columns of SELECT * from the answer, in the order of the query', async () => {
    const r = await tbkgAsync(['query', '-e', 'SELECT * WHERE { ?paragraph tb:number 36 ; a ?type }', '--endpoint', endpoint.url]);
    expect(r.stdout).toBe('?paragraph\t?type\n<https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2#para_36>\t<https://w3id.org/tbkg/ontology#Paragraph>\n');
  });

  it('answers ASK and CONSTRUCT too', async () => {
    const ask = await tbkgAsync(['query', '-e', 'ASK { ?p tb:number 36 }', '--endpoint', endpoint.url]);
    expect(ask.stdout).toBe('true\n');
    const graph = await tbkgAsync(['query', join(ROOT, 'queries', 'paragraph-subgraph.rq'), '--endpoint', endpoint.url, '-f', 'ntriples']);
    expect(graph.status).toBe(0);
    expect(graph.stdout.trim().split('\n').sort()).toHaveLength(readFileSync(join(ROOT, 'test', 'query', 'expected', 'paragraph-subgraph.nt'), 'utf8').trim().split('\n').length);
  });

  it('retries a 503, and reports it by status and first line when retries run out', async () => {
    endpoint.behave((n) => (n < 2 ? { status: 503, body: 'Overloaded, try later\nsecond line\n' } : 'answer'));
    const recovered = await tbkgAsync(['query', FOLLOW_UP, '--endpoint', endpoint.url, '--retries', '2']);
    expect(recovered.status).toBe(0);
    expect(recovered.stdout).toBe(EXPECTED_FOLLOW_UP);
    expect(endpoint.requests).toHaveLength(3);
    endpoint.requests.length = 0;
    const failed = await tbkgAsync(['query', FOLLOW_UP, '--endpoint', endpoint.url, '--retries', '0']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`endpoint ${endpoint.url} answered HTTP 503 Service Unavailable: Overloaded, try later`);
    expect(failed.stderr).not.toContain('second line');
  });

  it('reports an HTML page, whether an error or a 200', async () => {
    const page = '<html><head><title>Virtuoso 37000 Error SP030</title></head>\n<body>...</body></html>\n';
    endpoint.behave(() => ({ status: 500, contentType: 'text/html', body: page }));
    const error = await tbkgAsync(['query', FOLLOW_UP, '--endpoint', endpoint.url]);
    expect(error.status).toBe(1);
    expect(error.stderr).toContain('answered HTTP 500 Internal Server Error: <html><head><title>Virtuoso 37000 Error SP030</title></head>');
    endpoint.behave(() => ({ status: 200, contentType: 'text/html; charset=utf-8', body: page }));
    const html = await tbkgAsync(['query', FOLLOW_UP, '--endpoint', endpoint.url]);
    expect(html.status).toBe(1);
    expect(html.stderr).toContain('answered an HTML page, not SPARQL results (HTTP 200 OK: <html><head><title>Virtuoso 37000 Error SP030');
  });

  it('takes credentials from the environment, Digest or Basic as the endpoint asks', async () => {
    endpoint.requireAuth({ scheme: 'Digest', user: 'dba', password: 's3cret' });
    const refused = await tbkgAsync(['query', FOLLOW_UP, '--endpoint', endpoint.url]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('HTTP 401 Unauthorized');
    expect(refused.stderr).toContain('TBKG_ENDPOINT_USER');
    const credentials = { TBKG_ENDPOINT_USER: 'dba', TBKG_ENDPOINT_PASSWORD: 's3cret' };
    const digest = await tbkgAsync(['query', FOLLOW_UP, '--endpoint', endpoint.url], credentials);
    expect(digest.stdout).toBe(EXPECTED_FOLLOW_UP);
    expect(endpoint.requests.at(-1)!.authorization).toMatch(/^Digest username="dba", realm="tbkg-test"/);
    endpoint.requireAuth({ scheme: 'Basic', user: 'dba', password: 's3cret' });
    const basic = await tbkgAsync(['query', FOLLOW_UP, '--endpoint', endpoint.url], credentials);
    expect(basic.stdout).toBe(EXPECTED_FOLLOW_UP);
  });

  it('stops at --timeout when the endpoint stalls: exit code 1', async () => {
    endpoint.behave(() => ({ delayMs: 5000 }));
    const started = Date.now();
    const r = await tbkgAsync(['query', FOLLOW_UP, '--endpoint', endpoint.url, '--timeout', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the query timed out after 1 s');
    expect(Date.now() - started).toBeLessThan(4500);
  });
});

describe('Comunica on Node 20', () => {
  it('makes its own HTTP requests with undici 7 (package.json overrides the undici 8 it asks for, which needs Node 22)', async () => {
    const require = createRequire(join(ROOT, 'node_modules', '@comunica', 'actor-http-fetch', 'package.json'));
    expect((require('undici/package.json') as { version: string }).version).toMatch(/^7\./);
    const engine = new QueryEngine();
    const bindings = await engine.queryBindings('SELECT ?n WHERE { ?p <https://w3id.org/tbkg/ontology#number> ?n } ORDER BY ?n LIMIT 2', {
      sources: [{ type: 'sparql', value: endpoint.url }],
    });
    expect((await bindings.toArray()).map((b) => b.get('n')!.value)).toEqual(['1', '2']);
  });
});

describe('SERVICE', () => {
  it('joins the local seeds with a remote endpoint (Comunica)', async () => {
    const query = [
      'SELECT ?paragraph ?instrument ?status WHERE {',
      '  ?passage tb:mentionsInstrument ?instrument .',
      '  ?paragraphNode tb:hasPart ?passage ; tb:number ?paragraph .',
      `  SERVICE <${endpoint.url}> { ?instrument <http://example.org/status> ?status }`,
      '} ORDER BY ?paragraph ?instrument',
    ].join('\n');
    const r = await tbkgAsync(['query', '-e', query]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        '?paragraph\t?instrument\t?status',
        '"3"^^<http://www.w3.org/2001/XMLSchema#integer>\t<https://w3id.org/tbkg/instrument/opcat>\t"ratified in 2008"@en',
        '"16"^^<http://www.w3.org/2001/XMLSchema#integer>\t<https://w3id.org/tbkg/instrument/rome-statute>\t"signed, not ratified"@en',
        '"22"^^<http://www.w3.org/2001/XMLSchema#integer>\t<https://w3id.org/tbkg/instrument/opcat>\t"ratified in 2008"@en',
        '',
      ].join('\n'),
    );
    expect(endpoint.requests.some((q) => q.query?.includes('http://example.org/status'))).toBe(true);
  });

  it('reports a SERVICE endpoint that fails', async () => {
    endpoint.behave((_, request) => (request.query ? { status: 500, body: 'Internal failure while evaluating\n' } : 'answer'));
    const r = await tbkgAsync(['query', '-e', `SELECT * WHERE { ?i a tb:InternationalInstrument SERVICE <${endpoint.url}> { ?i ?p ?o } }`, '--retries', '0']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('federated query failed');
    expect(r.stderr).toContain('500');
  });
});
