/**
 * The HTTP side of `tbkg serve`: the files of a published site, each
 * resource negotiated by Accept (HTML, Turtle, JSON-LD, N-Triples; 406
 * otherwise; Vary: Accept), and a read-only SPARQL 1.1 Protocol endpoint at
 * /sparql. Nothing outside the site's folder is ever served, and requests,
 * query time and results are capped.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import { extname, join, sep } from 'node:path';
import { esc, page } from '../publish/html.js';
import { negotiate } from './negotiate.js';
import { FORMAT_NAMES, formatResult, GRAPH_TYPES, ASK_TYPES, SELECT_TYPES } from './results.js';
import { queryForm, SparqlError, type SparqlEngine } from './sparql.js';

export interface ServerOptions {
  /** The site folder (as tbkg publish writes it). */
  root: string;
  base: string;
  engine: SparqlEngine;
  /** Largest request body (default 1 MiB) and request target (default 8 KiB). */
  maxBodyBytes?: number;
  maxUrlBytes?: number;
  examples?: { name: string; query: string }[];
  log?: (line: string) => void;
}

const FILE_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
  '.jsonld': 'application/ld+json',
  '.nt': 'application/n-triples; charset=utf-8',
  '.nq': 'application/n-quads; charset=utf-8',
  '.trig': 'application/trig; charset=utf-8',
  '.gz': 'application/gzip',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** What a resource folder offers, in the server's order of preference (HTML first, for browsers that send *\/*). */
const RESOURCE_FILES: [string, string][] = [
  ['text/html', 'index.html'],
  ['text/turtle', 'index.ttl'],
  ['application/ld+json', 'index.jsonld'],
  ['application/n-triples', 'index.nt'],
];

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function createSiteServer(options: ServerOptions): http.Server {
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const maxUrl = options.maxUrlBytes ?? 8192;
  let rootReal: string | undefined;
  const server = http.createServer({ maxHeaderSize: 16 * 1024, requestTimeout: 60_000, headersTimeout: 15_000 }, (req, res) => {
    const started = performance.now();
    res.on('finish', () => options.log?.(`${req.socket.remoteAddress ?? '-'} ${req.method} ${truncate(req.url ?? '', 200)} ${res.statusCode} ${Math.round(performance.now() - started)} ms`));
    handle(req, res).catch((err: unknown) => {
      const e = err instanceof HttpError ? err : new HttpError(500, `internal error: ${(err as Error).message}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendText(res, req, e.status, e.message, e.headers);
      if (e.status === 413) req.resume();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const target = req.url ?? '/';
    if (Buffer.byteLength(target) > maxUrl) throw new HttpError(414, `the request target is longer than ${maxUrl} bytes`);
    let url: URL;
    try {
      url = new URL(target, 'http://localhost');
    } catch {
      throw new HttpError(400, 'the request target is not a URL');
    }
    if (url.pathname === '/sparql' || url.pathname === '/sparql/') return sparql(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, `${req.method} is not allowed here: the site is read-only`, { Allow: 'GET, HEAD' });
    rootReal ??= await realpath(options.root);
    const file = await resolveInside(rootReal, url.pathname);
    const info = await stat(file).catch(() => undefined);
    if (!info) throw new HttpError(404, `no resource at ${url.pathname}`);
    if (info.isDirectory()) return resource(req, res, file, url.pathname);
    if (url.pathname === '/.well-known/void') {
      return negotiated(req, res, [
        ['text/turtle', file],
        ['application/ld+json', `${file}.jsonld`],
      ], url.pathname);
    }
    return sendFile(req, res, file, FILE_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', info.size);
  }

  async function resource(req: http.IncomingMessage, res: http.ServerResponse, dir: string, pathname: string): Promise<void> {
    const offers: [string, string][] = [];
    if (pathname === '/' || pathname === '') {
      // The site's root: its page, and its VoID description as data.
      offers.push(['text/html', join(dir, 'index.html')], ['text/turtle', join(dir, '.well-known', 'void')], ['application/ld+json', join(dir, '.well-known', 'void.jsonld')]);
    } else {
      for (const [type, name] of RESOURCE_FILES) offers.push([type, join(dir, name)]);
    }
    const present: [string, string][] = [];
    for (const offer of offers) if (await isFile(offer[1])) present.push(offer);
    if (present.length === 0 || present[0]![0] !== 'text/html') throw new HttpError(404, `no resource at ${pathname}`);
    return negotiated(req, res, present, pathname);
  }

  async function negotiated(req: http.IncomingMessage, res: http.ServerResponse, offers: [string, string][], pathname: string): Promise<void> {
    const types = offers.map(([type]) => type);
    const chosen = negotiate(header(req, 'accept'), types);
    const links = offers.map(([type, file]) => `<${locationOf(file)}>; rel="alternate"; type="${type}"`).join(', ');
    if (!chosen) {
      throw new HttpError(406, `${pathname} is available as ${types.join(', ')}; the Accept header asks for none of them`, { Vary: 'Accept', Link: links });
    }
    const file = offers.find(([type]) => type === chosen)![1];
    const info = await stat(file);
    const contentType = FILE_TYPES[extname(file).toLowerCase()] ?? (chosen === 'text/turtle' ? 'text/turtle; charset=utf-8' : chosen);
    return sendFile(req, res, file, contentType, info.size, { Vary: 'Accept', 'Content-Location': locationOf(file), Link: links });
  }

  function locationOf(file: string): string {
    const relative = file.slice(rootReal!.length).split(sep).map(encodeURIComponent).join('/');
    return relative.startsWith('/') ? relative : `/${relative}`;
  }

  async function sparql(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    let params = url.searchParams;
    let query: string | null = null;
    if (req.method === 'POST') {
      const contentType = (header(req, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const body = await readBody(req, maxBody);
      if (contentType === 'application/x-www-form-urlencoded') {
        params = new URLSearchParams(body);
        for (const [k, v] of url.searchParams) params.append(k, v);
        query = params.get('query');
      } else if (contentType === 'application/sparql-query') {
        query = body;
      } else if (contentType === 'application/sparql-update') {
        throw new HttpError(403, 'this endpoint is read-only: SPARQL updates are refused');
      } else {
        throw new HttpError(415, 'POST a query as application/sparql-query or application/x-www-form-urlencoded (query=...)');
      }
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      query = params.get('query');
    } else {
      throw new HttpError(405, `${req.method} is not allowed on /sparql`, { Allow: 'GET, HEAD, POST' });
    }
    if (params.has('update')) throw new HttpError(403, 'this endpoint is read-only: SPARQL updates are refused');
    if (query === null || query.trim() === '') {
      if (negotiate(header(req, 'accept'), ['text/html', 'application/sparql-results+json']) === 'text/html') {
        return sendBody(req, res, 200, 'text/html; charset=utf-8', queryPage(''), { Vary: 'Accept' });
      }
      throw new HttpError(400, 'no query: give one as ?query=... or POST it');
    }
    const form = (() => {
      try {
        return queryForm(query);
      } catch (err) {
        if (err instanceof SparqlError) throw new HttpError(err.status, err.message);
        throw err;
      }
    })();
    const offered: readonly string[] = form === 'SELECT' ? SELECT_TYPES : form === 'ASK' ? ASK_TYPES : GRAPH_TYPES;
    const format = params.get('format') ?? params.get('output');
    let chosen: string | undefined;
    if (format) {
      chosen = FORMAT_NAMES[format.toLowerCase()] ?? format.toLowerCase();
      if (!offered.includes(chosen)) throw new HttpError(406, `a ${form} result is available as ${offered.join(', ')}, not ${format}`);
    } else {
      chosen = negotiate(header(req, 'accept'), offered);
      if (!chosen) throw new HttpError(406, `a ${form} result is available as ${offered.join(', ')}; the Accept header asks for none of them`, { Vary: 'Accept' });
    }
    let result;
    try {
      result = await options.engine.query(query, { defaultGraphs: params.getAll('default-graph-uri'), namedGraphs: params.getAll('named-graph-uri') });
    } catch (err) {
      if (err instanceof SparqlError) throw new HttpError(err.status, err.message);
      throw err;
    }
    const body = formatResult(result, chosen, options.base, (table, count) => queryPage(query!, `<p>${esc(count)}</p>\n${table}`));
    const contentType = chosen.startsWith('text/') || chosen === 'application/n-triples' ? `${chosen}; charset=utf-8` : chosen;
    return sendBody(req, res, 200, contentType, body, { Vary: 'Accept', 'Cache-Control': 'no-store' });
  }

  function queryPage(query: string, results = ''): string {
    const examples = (options.examples ?? []).map((e) => `<li><a href="?query=${esc(encodeURIComponent(e.query))}">${esc(e.name)}</a></li>`);
    const body = [
      '<h1>SPARQL</h1>',
      '<p>A read-only SPARQL 1.1 endpoint: the default graph is the union of the documents\' named graphs; <code>GRAPH ?g</code> names each document.</p>',
      '<form method="get" action="sparql">',
      `<p><textarea name="query" rows="12" cols="80" spellcheck="false">${esc(query || DEFAULT_QUERY)}</textarea></p>`,
      '<p><label>Results as <select name="format"><option value="html">a table</option><option value="json">SPARQL JSON</option><option value="xml">SPARQL XML</option><option value="csv">CSV</option><option value="tsv">TSV</option><option value="turtle">Turtle (CONSTRUCT)</option></select></label> <button type="submit">Run</button></p>',
      '</form>',
      results,
      examples.length ? `<h2>Examples</h2>\n<ul>\n${examples.join('\n')}\n</ul>` : '',
    ].filter(Boolean);
    return page({ path: '', title: 'SPARQL · tbkg', alternates: [], body: body.join('\n') });
  }

  return server;
}

const DEFAULT_QUERY = `PREFIX tb: <https://w3id.org/tbkg/ontology#>
SELECT ?paragraph ?number WHERE {
  ?paragraph a tb:Paragraph ; tb:number ?number ;
    tb:addressesArticle <https://w3id.org/tbkg/treaty/CAT/art_2> .
} ORDER BY ?number`;

/** The file a URL path names inside root; anything that could leave it is refused before the file system is asked. */
export async function resolveInside(root: string, pathname: string): Promise<string> {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      throw new HttpError(400, 'the path is not valid percent-encoding');
    }
    if (segment === '.' || segment === '..' || /[/\\\u0000]/.test(segment)) throw new HttpError(400, 'the path leaves the site');
    if (segment.startsWith('.') && segment !== '.well-known') throw new HttpError(404, `no resource at ${pathname}`);
    segments.push(segment);
  }
  const file = join(root, ...segments);
  if (file !== root && !file.startsWith(root + sep)) throw new HttpError(400, 'the path leaves the site');
  // A link inside the site must not lead out of it either.
  const real = await realpath(file).catch(() => file);
  if (real !== root && !real.startsWith(root + sep)) throw new HttpError(404, `no resource at ${pathname}`);
  return real;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() === true;
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function readBody(req: http.IncomingMessage, max: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.reject(new HttpError(413, `the request body is larger than ${max} bytes`, { Connection: 'close' }));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > max) {
        failed = true;
        reject(new HttpError(413, `the request body is larger than ${max} bytes`, { Connection: 'close' }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: string, contentType: string, size: number, headers: Record<string, string> = {}): Promise<void> {
  res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': String(size), 'X-Content-Type-Options': 'nosniff', ...headers });
  if (req.method === 'HEAD') {
    res.end();
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file);
    stream.on('error', reject);
    stream.on('end', resolve);
    stream.pipe(res);
  });
}

function sendBody(req: http.IncomingMessage, res: http.ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': String(bytes.length), 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

function sendText(res: http.ServerResponse, req: http.IncomingMessage, status: number, message: string, headers: Record<string, string>): void {
  sendBody(req, res, status, 'text/plain; charset=utf-8', `${status} ${http.STATUS_CODES[status] ?? ''}: ${message}\n`, headers);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
