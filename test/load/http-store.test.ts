// `tbkg load` against a store simulated in this process: what it sends, how
// it retries, authenticates, checks counts, reports refusals and resumes.
import { createHash } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../support/cli.js';
import { tbkgAsync } from './helpers.js';

const DOC = 'https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2';
const SEED_TRIPLES = 1853;

interface Request {
  method: string;
  path: string;
  graph: string | null;
  contentType?: string;
  lines: number;
  authorization?: string;
}

type Override = { status: number; body?: string; headers?: Record<string, string> } | { reset: true } | { pass: true };

class FakeStore {
  graphs = new Map<string, Set<string>>();
  requests: Request[] = [];
  /** Answers for the next Graph Store requests, in order, before the store behaves. */
  overrides: Override[] = [];
  /** Added to every COUNT answer (a store that loses triples). */
  countOffset = 0;
  digest?: { user: string; password: string; realm: string; nonce: string };
  server = http.createServer((req, res) => this.handle(req, res));
  origin = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  reset(): void {
    this.graphs.clear();
    this.requests = [];
    this.overrides = [];
    this.countOffset = 0;
    this.digest = undefined;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url!, this.origin);
      const body = Buffer.concat(chunks).toString('utf8');
      const lines = body.split('\n').filter(Boolean);
      this.requests.push({ method: req.method!, path: url.pathname, graph: url.searchParams.get('graph'), contentType: req.headers['content-type'], lines: lines.length, authorization: req.headers.authorization });
      if (this.digest && !this.digestOk(req)) {
        res.writeHead(401, { 'WWW-Authenticate': `Digest realm="${this.digest.realm}", domain="/gsp", nonce="${this.digest.nonce}", opaque="xyz", stale="false", qop="auth", algorithm="MD5"` });
        res.end('<html><body>Unauthorized</body></html>');
        return;
      }
      if (url.pathname === '/gsp') {
        const override = this.overrides.shift();
        if (override && 'reset' in override) {
          req.socket.destroy();
          return;
        }
        if (override && !('pass' in override)) {
          res.writeHead(override.status, override.headers ?? {});
          res.end(override.body ?? '');
          return;
        }
        const graph = url.searchParams.get('graph');
        if (!graph) {
          // Virtuoso's answer to a graph-less upload: 200 and nothing loaded.
          res.writeHead(200, { 'Content-Type': 'text/html' });
          res.end('<html>ok</html>');
          return;
        }
        if (req.method === 'PUT' || !this.graphs.has(graph)) this.graphs.set(graph, new Set());
        for (const line of lines) this.graphs.get(graph)!.add(line);
        res.writeHead(req.method === 'PUT' ? 201 : 200);
        res.end();
        return;
      }
      if (url.pathname === '/sparql') {
        const query = url.searchParams.get('query') ?? '';
        const graph = /GRAPH <([^>]+)>/.exec(query)?.[1] ?? '';
        const n = (this.graphs.get(graph)?.size ?? 0) + this.countOffset;
        res.writeHead(200, { 'Content-Type': 'application/sparql-results+json' });
        res.end(JSON.stringify({ head: { vars: ['n'] }, results: { bindings: [{ n: { type: 'literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: String(n) } }] } }));
        return;
      }
      res.writeHead(404);
      res.end();
    });
  }

  /** RFC 7616 checked here independently of tbkg's own code. */
  private digestOk(req: http.IncomingMessage): boolean {
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Digest ')) return false;
    const fields: Record<string, string> = {};
    for (const m of header.slice(7).matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g)) fields[m[1]!] = m[2] ?? m[3]!;
    const d = this.digest!;
    const md5 = (s: string) => createHash('md5').update(s).digest('hex');
    const ha1 = md5(`${d.user}:${d.realm}:${d.password}`);
    const ha2 = md5(`${req.method}:${fields.uri}`);
    const expected = md5(`${ha1}:${fields.nonce}:${fields.nc}:${fields.cnonce}:${fields.qop}:${ha2}`);
    return fields.username === d.user && fields.nonce === d.nonce && fields.uri === req.url && fields.response === expected;
  }
}

const store = new FakeStore();
const endpoints = () => ['--endpoint', `${store.origin}/sparql`, '--update-endpoint', `${store.origin}/gsp`];

beforeAll(() => store.start());
afterAll(() => new Promise<void>((resolve) => store.server.close(() => resolve())));
afterEach(() => store.reset());

describe('tbkg load over the Graph Store protocol', () => {
  it('PUTs each document as N-Triples to ?graph=<document IRI> and proves it with a COUNT', async () => {
    const r = await tbkgAsync(['load', SEED, ...endpoints()]);
    expect(r.stderr).toMatch(/loaded 1 graph\(s\), 1853 triples/);
    expect(r.status).toBe(0);
    const uploads = store.requests.filter((q) => q.path === '/gsp');
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({ method: 'PUT', graph: DOC, lines: SEED_TRIPLES });
    expect(uploads[0]!.contentType).toMatch(/^application\/n-triples/);
    expect(store.graphs.get(DOC)!.size).toBe(SEED_TRIPLES);
    expect(store.requests.at(-1)!.path).toBe('/sparql');
  });

  it('sends a large graph in chunks: PUT first, then POST, and a rerun replaces rather than duplicates', async () => {
    const r = await tbkgAsync(['load', SEED, ...endpoints(), '--chunk-size', '500']);
    expect(r.status).toBe(0);
    const uploads = store.requests.filter((q) => q.path === '/gsp');
    expect(uploads.map((u) => u.method)).toEqual(['PUT', 'POST', 'POST', 'POST']);
    expect(uploads.map((u) => u.lines)).toEqual([500, 500, 500, 353]);
    store.graphs.get(DOC)!.add('<http://example.org/stale> <http://example.org/p> "left over" .');
    const again = await tbkgAsync(['load', SEED, ...endpoints()]);
    expect(again.status).toBe(0);
    expect(store.graphs.get(DOC)!.size).toBe(SEED_TRIPLES);
  });

  it('retries 503, 429 (after Retry-After) and a reset connection, then succeeds', async () => {
    store.overrides = [{ status: 503, body: 'busy' }, { status: 429, headers: { 'Retry-After': '0' } }, { reset: true }];
    const r = await tbkgAsync(['load', SEED, ...endpoints(), '--retries', '3']);
    expect(r.stderr).toMatch(/HTTP 503.*retry 1 of 3/);
    expect(r.stderr).toMatch(/HTTP 429.*retry 2 of 3 in 0\.00 s/);
    expect(r.stderr).toMatch(/ECONNRESET.*retry 3 of 3/);
    expect(r.status).toBe(0);
    expect(store.graphs.get(DOC)!.size).toBe(SEED_TRIPLES);
  });

  it('stops after the retries with the status and the store message, naming what was and was not loaded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tbkg-load-'));
    const other = join(dir, 'other.nq');
    writeFileSync(other, '<http://example.org/s> <http://example.org/p> "o" <http://example.org/graph/z> .\n');
    // Graphs go in IRI order: the example.org graph first (it loads), then the seed (the store fails).
    const failure = { status: 500, body: '<html><body><h1>SR008: out of disk</h1></body></html>' };
    store.overrides = [{ pass: true }, failure, failure];
    const r = await tbkgAsync(['load', SEED, other, ...endpoints(), '--retries', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`PUT ${store.origin}/gsp?graph=${encodeURIComponent(DOC)}: HTTP 500 Internal Server Error after 2 attempts: SR008: out of disk`);
    expect(r.stderr).toContain('loaded (1): http://example.org/graph/z');
    expect(r.stderr).toContain(`not loaded (1): ${DOC} (failed)`);
    expect(r.stderr).toMatch(/--resume/);
    // Resumed once the store is well: only the failed graph is sent again.
    store.requests = [];
    const resumed = await tbkgAsync(['load', SEED, other, ...endpoints(), '--resume']);
    expect(resumed.status).toBe(0);
    expect(store.requests.filter((q) => q.path === '/gsp').map((q) => q.graph)).toEqual([DOC]);
  });

  it('reports 401, 403 and 413 at once, without retrying, with the store message', async () => {
    for (const [status, text] of [
      [401, 'Unauthorized'],
      [403, 'Forbidden'],
      [413, 'Payload Too Large'],
    ] as const) {
      store.reset();
      store.overrides = [{ status, body: `refused: ${status}` }];
      const r = await tbkgAsync(['load', SEED, ...endpoints()]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`HTTP ${status} ${text}: refused: ${status}`);
      expect(r.stderr).toMatch(/loaded \(0\): none/);
      expect(r.stderr).toContain(`not loaded (1): ${DOC} (failed)`);
      expect(store.requests.filter((q) => q.path === '/gsp')).toHaveLength(1);
    }
  });

  it('treats a count that differs from what was sent as an error', async () => {
    store.countOffset = -3;
    const r = await tbkgAsync(['load', SEED, ...endpoints()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`sent 1853 triples, but the store holds 1850 in that graph`);
  });

  it('--resume skips graphs whose counts already match and loads the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tbkg-load-'));
    const other = join(dir, 'other.nq');
    writeFileSync(other, '<http://example.org/s> <http://example.org/p> "o" <http://example.org/graph/z> .\n<http://example.org/s> <http://example.org/p> "o2" <http://example.org/graph/z> .\n');
    expect((await tbkgAsync(['load', SEED, ...endpoints()])).status).toBe(0);
    store.requests = [];
    const r = await tbkgAsync(['load', SEED, other, ...endpoints(), '--resume']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/loaded 1 graph\(s\), 2 triples.*skipped 1 graph/);
    const uploads = store.requests.filter((q) => q.path === '/gsp');
    expect(uploads).toEqual([expect.objectContaining({ method: 'PUT', graph: 'http://example.org/graph/z', lines: 2 })]);
  });

  it('answers a Digest challenge with credentials from the environment, reusing the nonce', async () => {
    store.digest = { user: 'loader', password: 's3cret "pw"', realm: 'SPARQL', nonce: 'abc123' };
    const env = { TBKG_STORE_USER: 'loader', TBKG_STORE_PASSWORD: 's3cret "pw"' };
    const r = await tbkgAsync(['load', SEED, ...endpoints(), '--chunk-size', '1000'], env);
    expect(r.stderr).toMatch(/loaded 1 graph/);
    expect(r.status).toBe(0);
    const answered = store.requests.filter((q) => q.authorization?.startsWith('Digest '));
    expect(answered.length).toBeGreaterThanOrEqual(3);
    expect(answered.map((q) => /nc=(\w+)/.exec(q.authorization!)![1])).toEqual(answered.map((_, i) => (i + 1).toString(16).padStart(8, '0')));
    const wrong = await tbkgAsync(['load', SEED, ...endpoints()], { ...env, TBKG_STORE_PASSWORD: 'nope' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/HTTP 401/);
    expect(wrong.stderr).toMatch(/TBKG_STORE_USER/);
  });

  it('sends Basic credentials up front with --auth basic', async () => {
    const r = await tbkgAsync(['load', SEED, ...endpoints(), '--auth', 'basic'], { TBKG_STORE_USER: 'u', TBKG_STORE_PASSWORD: 'p:w' });
    expect(r.status).toBe(0);
    expect(store.requests[0]!.authorization).toBe(`Basic ${Buffer.from('u:p:w').toString('base64')}`);
  });

  it('--dry-run prints the requests and sends nothing', async () => {
    const r = await tbkgAsync(['load', SEED, ...endpoints(), '--dry-run', '--chunk-size', '1000']);
    expect(r.status).toBe(0);
    expect(store.requests).toHaveLength(0);
    expect(r.stdout).toContain(`graph <${DOC}>: 1853 triples`);
    expect(r.stdout).toContain(`PUT  ${store.origin}/gsp?graph=${encodeURIComponent(DOC)}  (application/n-triples, 1000 triples)`);
    expect(r.stdout).toContain(`POST ${store.origin}/gsp?graph=${encodeURIComponent(DOC)}  (application/n-triples, 853 triples)`);
    expect(r.stdout).toContain('SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2> { ?s ?p ?o } }  (must be 1853)');
  });

  it('--quiet prints nothing on success', async () => {
    const r = await tbkgAsync(['load', SEED, ...endpoints(), '-q']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
  });

  it('refuses triples without a named graph unless --graph names one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tbkg-load-'));
    const ttl = join(dir, 'x.ttl');
    writeFileSync(ttl, '<http://example.org/s> <http://example.org/p> 5 .\n');
    const refused = await tbkgAsync(['load', ttl, ...endpoints()]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/default graph.*--graph/);
    expect(store.requests).toHaveLength(0);
    const given = await tbkgAsync(['load', ttl, ...endpoints(), '--graph', 'http://example.org/g']);
    expect(given.status).toBe(0);
    expect([...store.graphs.get('http://example.org/g')!]).toEqual(['<http://example.org/s> <http://example.org/p> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .']);
  });

  it('refuses usage errors with exit code 2', async () => {
    expect((await tbkgAsync(['load', SEED])).stderr).toMatch(/--endpoint/);
    expect((await tbkgAsync(['load', SEED, '--endpoint', 'ftp://x/'])).status).toBe(2);
    expect((await tbkgAsync(['load', SEED, '--endpoint', 'http://u:p@x/'])).stderr).toMatch(/TBKG_STORE_USER/);
    expect((await tbkgAsync(['load', SEED, ...endpoints(), '--chunk-size', '0'])).status).toBe(2);
    expect((await tbkgAsync(['load', SEED, '--bulk', 'x', ...endpoints()])).status).toBe(2);
    expect(store.requests).toHaveLength(0);
  });

  it('gives up on a store that does not answer, naming the connection error', async () => {
    const r = await tbkgAsync(['load', SEED, '--endpoint', 'http://127.0.0.1:1/sparql', '--retries', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ECONNREFUSED/);
    expect(r.stderr).toContain(`not loaded (1): ${DOC} (failed)`);
  });
});
