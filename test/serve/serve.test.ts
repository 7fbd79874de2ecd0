// `tbkg serve`: the seed over HTTP with content negotiation, the read-only
// SPARQL endpoint, and what a hostile or broken client may send.
import type { ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir, SEED, tbkg } from '../support/cli.js';
import { startServe, stopChild } from '../load/helpers.js';

const DOC_PATH = '/doc/CAT/C/KAZ/CO/2';
let origin = '';
let child: ChildProcess;

async function get(path: string, headers: Record<string, string> = {}, init: RequestInit = {}): Promise<Response> {
  return fetch(`${origin}${path}`, { headers, signal: AbortSignal.timeout(30_000), redirect: 'manual', ...init });
}

/** A request as raw bytes, for what fetch would clean up (dot segments, encoded slashes). */
function raw(request: string): Promise<string> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (d) => (data += d.toString('latin1')));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer')));
  });
}

const sparqlGet = (query: string, accept: string) => get(`/sparql?${new URLSearchParams({ query })}`, { Accept: accept });

beforeAll(async () => {
  ({ origin, child } = await startServe([SEED, '--max-rows', '500', '--query-timeout', '1500']));
}, 90_000);

afterAll(async () => {
  if (child) await stopChild(child);
});

describe('tbkg serve: resources by content negotiation', () => {
  it('answers Accept: text/turtle with the Turtle of the document, and Accept: text/html with its page', async () => {
    const turtle = await get(DOC_PATH, { Accept: 'text/turtle' });
    expect(turtle.status).toBe(200);
    expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(turtle.headers.get('vary')).toBe('Accept');
    expect(turtle.headers.get('content-location')).toBe(`${DOC_PATH}/index.ttl`);
    const quads = new Parser({ format: 'text/turtle' }).parse(await turtle.text());
    expect(quads).toHaveLength(1853);
    const html = await get(DOC_PATH, { Accept: 'text/html' });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('vary')).toBe('Accept');
    const page = await html.text();
    expect(page).toContain('<section class="paragraph" id="para_7">');
    expect(page).toContain('<script type="application/ld+json">');
  });

  it('serves JSON-LD and N-Triples, follows q-values, and says 406 when nothing fits', async () => {
    const jsonld = await get(DOC_PATH, { Accept: 'application/ld+json' });
    expect(jsonld.headers.get('content-type')).toBe('application/ld+json');
    expect(JSON.parse(await jsonld.text())['@context']).toBeDefined();
    const nt = await get(`${DOC_PATH}/`, { Accept: 'application/n-triples' });
    expect(nt.headers.get('content-type')).toBe('application/n-triples; charset=utf-8');
    expect((await nt.text()).trim().split('\n')).toHaveLength(1853);
    expect((await get(DOC_PATH, { Accept: 'text/html;q=0.4, text/turtle;q=0.8' })).headers.get('content-type')).toMatch(/^text\/turtle/);
    const refused = await get(DOC_PATH, { Accept: 'image/png' });
    expect(refused.status).toBe(406);
    expect(refused.headers.get('vary')).toBe('Accept');
    expect(await refused.text()).toContain('text/turtle');
  });

  it('survives a malformed Accept header (treated as any type: HTML)', async () => {
    for (const accept of [';;;,,,', 'text/turtle;q=banana', '*/turtle', 'q=1;text/html', 'x'.repeat(8000)]) {
      const r = await get(DOC_PATH, { Accept: accept });
      expect([200, 406]).toContain(r.status);
      await r.arrayBuffer();
    }
    expect((await get(DOC_PATH, { Accept: ';;;,,,' })).headers.get('content-type')).toMatch(/^text\/html/);
    expect((await get(DOC_PATH, { Accept: 'text/turtle;q=banana, application/ld+json' })).headers.get('content-type')).toBe('application/ld+json');
    // Bytes that a client library would refuse to send.
    const control = await raw(`GET ${DOC_PATH} HTTP/1.1\r\nHost: x\r\nAccept: \u0001\u00ff;q=\r\nConnection: close\r\n\r\n`);
    expect(control).toMatch(/^HTTP\/1\.1 (200|400|406)/);
    expect((await get(DOC_PATH, { Accept: 'text/turtle' })).status).toBe(200);
  });

  it('serves the other pages, the ontology, VoID (negotiated) and the dumps', async () => {
    expect((await get('/state/KAZ', { Accept: 'text/turtle' })).status).toBe(200);
    expect((await get('/ontology', { Accept: 'text/turtle' })).headers.get('content-type')).toMatch(/^text\/turtle/);
    expect((await get('/.well-known/void', { Accept: 'text/turtle' })).headers.get('content-type')).toMatch(/^text\/turtle/);
    expect((await get('/.well-known/void', { Accept: 'application/ld+json' })).headers.get('content-type')).toBe('application/ld+json');
    expect((await get('/', { Accept: 'text/turtle' })).headers.get('content-location')).toBe('/.well-known/void');
    const dump = await get('/dumps/tbkg.nq.gz');
    expect(dump.headers.get('content-type')).toBe('application/gzip');
    expect((await get('/nowhere', { Accept: 'text/html' })).status).toBe(404);
    const head = await get(DOC_PATH, { Accept: 'text/turtle' }, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(1000);
    expect((await get(DOC_PATH, {}, { method: 'DELETE' })).status).toBe(405);
  });

  it('never serves a file outside its root, however the path is spelled', async () => {
    for (const path of ['/../../../../etc/passwd', '/doc/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/doc/..%2f..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e%5c%2e%2e%5cetc%5cpasswd', '/doc/%00/x', '/.tbkg-site', '/%c0%ae%c0%ae/etc/passwd']) {
      const response = await raw(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(response)?.[1]);
      expect([400, 404], `${path}: ${response.slice(0, 80)}`).toContain(status);
      expect(response).not.toMatch(/root:.*:0:0:/);
    }
  });

  it('caps the request target and headers', async () => {
    expect((await get(`/${'a'.repeat(9000)}`)).status).toBe(414);
    const big = await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\nConnection: close\r\n\r\n`);
    expect(big).toMatch(/^HTTP\/1\.1 431/);
  });
});

describe('tbkg serve: the SPARQL endpoint', () => {
  const COUNT = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';

  it('answers GET and POST in the W3C result formats, the default graph being the union of the documents', async () => {
    const json = await sparqlGet(COUNT, 'application/sparql-results+json');
    expect(json.headers.get('content-type')).toBe('application/sparql-results+json');
    expect((await json.json()).results.bindings[0].n.value).toBe('1853');
    expect(await (await sparqlGet(COUNT, 'text/csv')).text()).toBe('n\r\n1853\r\n');
    expect(await (await sparqlGet(COUNT, 'text/tab-separated-values')).text()).toBe('?n\n"1853"^^<http://www.w3.org/2001/XMLSchema#integer>\n');
    expect(await (await sparqlGet(COUNT, 'application/sparql-results+xml')).text()).toContain('<binding name="n"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">1853</literal></binding>');
    const posted = await get('/sparql', { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' }, { method: 'POST', body: 'ASK { GRAPH <https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2> { ?s ?p ?o } }' });
    expect((await posted.json()).boolean).toBe(true);
    const form = await get('/sparql', { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/csv' }, { method: 'POST', body: new URLSearchParams({ query: COUNT }).toString() });
    expect(await form.text()).toBe('n\r\n1853\r\n');
    const graph = await sparqlGet('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3', 'text/turtle');
    expect(graph.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(new Parser({ format: 'text/turtle' }).parse(await graph.text())).toHaveLength(3);
    expect((await sparqlGet(COUNT, 'image/png')).status).toBe(406);
    expect((await get(`/sparql?${new URLSearchParams({ query: COUNT, format: 'csv' })}`)).headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('refuses updates, however they come', async () => {
    expect((await get(`/sparql?${new URLSearchParams({ update: 'DROP ALL' })}`)).status).toBe(403);
    expect((await sparqlGet('DROP ALL', 'application/sparql-results+json')).status).toBe(403);
    expect((await get('/sparql', { 'Content-Type': 'application/sparql-update' }, { method: 'POST', body: 'CLEAR ALL' })).status).toBe(403);
    expect((await get('/sparql', { 'Content-Type': 'application/x-www-form-urlencoded' }, { method: 'POST', body: 'update=CLEAR%20ALL' })).status).toBe(403);
    expect((await (await sparqlGet(COUNT, 'text/csv')).text())).toBe('n\r\n1853\r\n');
  });

  it('answers malformed queries with 400 and keeps serving', async () => {
    const bad = await sparqlGet('SELECT ?x WHERE { ?x', 'application/sparql-results+json');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/does not parse/);
    expect((await get('/sparql', { Accept: 'application/sparql-results+json' })).status).toBe(400);
    expect((await get('/sparql', { 'Content-Type': 'text/plain' }, { method: 'POST', body: COUNT })).status).toBe(415);
    expect((await sparqlGet(COUNT, 'text/csv')).status).toBe(200);
  });

  it('caps the request body, the result size and the query time, and recovers after a time-out', async () => {
    const tooBig = await get('/sparql', { 'Content-Type': 'application/sparql-query' }, { method: 'POST', body: `# ${'x'.repeat(1_100_000)}\n${COUNT}` });
    expect(tooBig.status).toBe(413);
    const many = await sparqlGet('SELECT * WHERE { ?s ?p ?o }', 'application/sparql-results+json');
    expect(many.status).toBe(413);
    expect(await many.text()).toMatch(/1853 rows, more than the limit of 500/);
    expect((await sparqlGet('SELECT * WHERE { ?s ?p ?o } LIMIT 500', 'text/csv')).status).toBe(200);
    const slow = await sparqlGet('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }', 'application/sparql-results+json');
    expect(slow.status).toBe(503);
    expect(await slow.text()).toMatch(/longer than 1500 ms/);
    expect(await (await sparqlGet(COUNT, 'text/csv')).text()).toBe('n\r\n1853\r\n');
  }, 60_000);

  it('offers a query page to browsers, with results as a table', async () => {
    const form = await get('/sparql', { Accept: 'text/html' });
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('<form method="get" action="sparql">');
    const table = await sparqlGet(COUNT, 'text/html');
    const page = await table.text();
    expect(page).toContain('<th>?n</th>');
    expect(page).toContain('<td>1853</td>');
    expect(page).toContain('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }</textarea>');
  });
});

describe('tbkg serve --site', () => {
  it('serves a site written by tbkg publish, and refuses a folder that is not one', async () => {
    const site = join(scratchDir(), 'site');
    expect(tbkg(['publish', site, SEED, '-q']).status).toBe(0);
    const served = await startServe(['--site', site]);
    try {
      const r = await fetch(`${served.origin}${DOC_PATH}`, { headers: { Accept: 'text/turtle' } });
      expect(r.status).toBe(200);
      expect(new Parser({ format: 'text/turtle' }).parse(await r.text())).toHaveLength(1853);
    } finally {
      await stopChild(served.child);
    }
    const refused = tbkg(['serve', '--site', scratchDir(), '--bind', '127.0.0.1:0']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/not a site written by tbkg publish/);
    expect(tbkg(['serve', '--bind', 'nonsense']).status).toBe(2);
  }, 60_000);
});
