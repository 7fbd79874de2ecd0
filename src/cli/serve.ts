/** `tbkg serve`: the graph as linked data over HTTP, with a read-only SPARQL endpoint. */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, UsageError } from '../errors.js';
import { GraphSet } from '../load/graphs.js';
import { DEFAULT_BASE } from '../rdf/vocab.js';
import { DUMP_NQUADS, publishSite, SITE_MARKER } from '../publish/site.js';
import { createSiteServer } from '../serve/server.js';
import { SparqlEngine } from '../serve/sparql.js';
import { stringOption, type ParsedArgs } from './args.js';
import { baseOption } from './convert.js';
import { Reporter } from './output.js';
import { BUNDLED_SEEDS } from './publish.js';

const QUERIES_DIR = fileURLToPath(new URL('../../queries', import.meta.url));

export async function serveCommand(args: ParsedArgs): Promise<number> {
  const reporter = new Reporter(args.values.quiet === true);
  const base = baseOption(args) ?? DEFAULT_BASE;
  const { host, port } = parseBind(stringOption(args, 'bind') ?? '127.0.0.1:8080');
  const timeoutMs = wholeNumber(stringOption(args, 'query-timeout'), '--query-timeout', 10_000);
  const maxRows = wholeNumber(stringOption(args, 'max-rows'), '--max-rows', 100_000);
  const siteOption = stringOption(args, 'site');
  if (siteOption !== undefined && args.positionals.length > 0) throw new UsageError('give SOURCEs or --site DIR, not both');

  let root: string;
  let temporary: string | undefined;
  let documents: number | undefined;
  if (siteOption !== undefined) {
    root = siteOption;
    const marker = await stat(join(root, SITE_MARKER)).catch(() => undefined);
    const dump = await stat(join(root, DUMP_NQUADS)).catch(() => undefined);
    if (!marker || !dump) throw new InputError(`not a site written by tbkg publish (no ${SITE_MARKER} or ${DUMP_NQUADS})`, root);
  } else {
    temporary = await mkdtemp(join(tmpdir(), 'tbkg-serve-'));
    root = join(temporary, 'site');
    const set = await GraphSet.collect(args.positionals.length > 0 ? args.positionals : [BUNDLED_SEEDS], {
      base,
      symbol: stringOption(args, 'symbol'),
      defaultGraph: stringOption(args, 'graph'),
      onWarning: (message) => reporter.warn(message),
    });
    try {
      if (set.graphs.length === 0) throw new InputError('the sources hold no triples: nothing to serve');
      documents = (await publishSite(set, root, { base })).documents;
    } catch (err) {
      await rm(temporary, { recursive: true, force: true });
      throw err;
    } finally {
      await set.dispose();
    }
  }

  const engine = new SparqlEngine({ dump: join(root, DUMP_NQUADS), timeoutMs, maxRows });
  const cleanUp = async (): Promise<void> => {
    await engine.close().catch(() => undefined);
    if (temporary) await rm(temporary, { recursive: true, force: true });
  };
  let quads: number;
  try {
    quads = await engine.whenReady();
  } catch (err) {
    await cleanUp();
    throw new InputError(`the dump does not load into the SPARQL engine: ${(err as Error).message}`, join(root, DUMP_NQUADS));
  }
  const server = createSiteServer({ root, base, engine, examples: await exampleQueries(), log: reporter.quiet ? undefined : (line) => reporter.info(line) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(new UsageError(`cannot listen on ${host}:${port}: ${err.code ?? err.message}`)));
    server.listen(port, host, () => resolve());
  }).catch(async (err) => {
    await cleanUp();
    throw err;
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${shown}:${address.port}`;
  reporter.info(`tbkg: serving ${documents !== undefined ? `${documents} document(s), ` : ''}${quads} quads at ${origin}/ (SPARQL: ${origin}/sparql); Ctrl-C stops`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      server.close();
      server.closeAllConnections();
      void cleanUp().then(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export function parseBind(value: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:\s]+)):(\d{1,5})$/.exec(value);
  if (!m || Number(m[3]) > 65535) throw new UsageError(`--bind takes HOST:PORT (e.g. 127.0.0.1:8080, [::1]:8080), got "${value}"`);
  return { host: m[1] ?? m[2]!, port: Number(m[3]) };
}

function wholeNumber(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${option} must be a whole number of at least 1, got "${value}"`);
  return Number(value);
}

/** The queries of the project's queries/ folder, offered as examples on the query page. */
async function exampleQueries(): Promise<{ name: string; query: string }[]> {
  const files = await readdir(QUERIES_DIR).catch(() => [] as string[]);
  const out: { name: string; query: string }[] = [];
  for (const file of files.filter((f) => f.endsWith('.rq')).sort()) {
    out.push({ name: file.replace(/\.rq$/, ''), query: await readFile(join(QUERIES_DIR, file), 'utf8') });
  }
  return out;
}
