/**
 * A SPARQL 1.1 endpoint for tests, on 127.0.0.1: Oxigraph answers the
 * protocol (GET or POST, SPARQL JSON or N-Triples), and a script can make
 * it fail, stall, answer HTML or ask for credentials first.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Store } from 'oxigraph';

export interface RecordedRequest {
  method: string;
  contentType?: string;
  accept?: string;
  authorization?: string;
  query?: string;
}

/** What to do with the n-th request (0-based): answer it, or something else. */
export type Behaviour = (n: number, request: RecordedRequest) => 'answer' | { status: number; contentType?: string; body: string; headers?: Record<string, string> } | { delayMs: number };

export interface TestEndpoint {
  url: string;
  requests: RecordedRequest[];
  behave(behaviour: Behaviour | undefined): void;
  requireAuth(auth: { scheme: 'Basic' | 'Digest'; user: string; password: string } | undefined): void;
  close(): Promise<void>;
}

const REALM = 'tbkg-test';
const NONCE = 'dcd98b7102dd2f0e8b11d0f600bfb0c093';

export async function startEndpoint(store: Store): Promise<TestEndpoint> {
  const requests: RecordedRequest[] = [];
  let behaviour: Behaviour | undefined;
  let auth: { scheme: 'Basic' | 'Digest'; user: string; password: string } | undefined;
  const server: Server = createServer((req, res) => {
    void handle(req, res);
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const contentType = req.headers['content-type'];
    const query =
      req.method === 'POST' ? (contentType?.startsWith('application/sparql-query') ? body : new URLSearchParams(body).get('query') ?? undefined) : url.searchParams.get('query') ?? undefined;
    const recorded: RecordedRequest = { method: req.method ?? 'GET', contentType, accept: req.headers.accept, authorization: req.headers.authorization, query };
    requests.push(recorded);
    if (auth && !authorized(req, auth)) {
      const challenge = auth.scheme === 'Basic' ? `Basic realm="${REALM}"` : `Digest realm="${REALM}", nonce="${NONCE}", qop="auth", algorithm=MD5`;
      res.writeHead(401, { 'www-authenticate': challenge, 'content-type': 'text/plain' });
      res.end('Unauthorized\n');
      return;
    }
    const action = behaviour?.(requests.length - 1, recorded) ?? 'answer';
    if (action !== 'answer') {
      if ('delayMs' in action) {
        await new Promise((resolve) => setTimeout(resolve, action.delayMs));
      } else {
        res.writeHead(action.status, { 'content-type': action.contentType ?? 'text/plain', ...action.headers });
        res.end(action.body);
        return;
      }
    }
    if (query === undefined) {
      // A GET without a query: the service description, as endpoints answer it.
      res.writeHead(200, { 'content-type': 'text/turtle' });
      res.end(`<${url.href}> a <http://www.w3.org/ns/sparql-service-description#Service> ; <http://www.w3.org/ns/sparql-service-description#endpoint> <${url.href}> .\n`);
      return;
    }
    try {
      const graph = /^\s*(?:(?:PREFIX|BASE)\b[^\n]*\s+)*(CONSTRUCT|DESCRIBE)\b/i.test(query.replace(/#.*$/gm, ''));
      const text = store.query(query, { use_default_graph_as_union: true, results_format: graph ? 'application/n-triples' : 'application/sparql-results+json' }) as string;
      res.writeHead(200, { 'content-type': graph ? 'application/n-triples' : 'application/sparql-results+json' });
      res.end(text);
    } catch (err) {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(`Bad query: ${(err as Error).message}\n`);
    }
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/sparql`,
    requests,
    behave: (b) => {
      behaviour = b;
    },
    requireAuth: (a) => {
      auth = a;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function authorized(req: IncomingMessage, auth: { scheme: 'Basic' | 'Digest'; user: string; password: string }): boolean {
  const header = req.headers.authorization ?? '';
  if (auth.scheme === 'Basic') return header === `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`;
  const fields = Object.fromEntries([...header.matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]+))/g)].map((m) => [m[1], m[2] ?? m[3]]));
  if (!header.startsWith('Digest ') || fields.username !== auth.user || fields.nonce !== NONCE) return false;
  const md5 = (s: string) => createHash('md5').update(s).digest('hex');
  const ha1 = md5(`${auth.user}:${REALM}:${auth.password}`);
  const ha2 = md5(`${req.method}:${fields.uri}`);
  return fields.response === md5(`${ha1}:${NONCE}:${fields.nc}:${fields.cnonce}:${fields.qop}:${ha2}`);
}
