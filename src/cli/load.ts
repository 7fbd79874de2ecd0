/** `tbkg load`: graphs into a triple store over HTTP, or bulk-load files for one. */
import { UsageError } from '../errors.js';
import { writeBulk, DEFAULT_BULK_CHUNK } from '../load/bulk.js';
import { GraphSet } from '../load/graphs.js';
import { HttpClient, type AuthMode } from '../load/http.js';
import { DEFAULT_CHUNK_TRIPLES, dryRunPlan, LoadFailure, loadGraphs, type LoadProgress } from '../load/load.js';
import { GraphStore, type Endpoints } from '../load/store.js';
import { DEFAULT_BASE } from '../rdf/vocab.js';
import { stringOption, type ParsedArgs } from './args.js';
import { baseOption } from './convert.js';
import { Reporter, writeStdout } from './output.js';

export const USER_VARIABLE = 'TBKG_STORE_USER';
export const PASSWORD_VARIABLE = 'TBKG_STORE_PASSWORD';

export async function loadCommand(args: ParsedArgs): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('load needs at least one SOURCE: documents, folders or RDF dumps (see tbkg load --help)');
  const reporter = new Reporter(args.values.quiet === true);
  const bulk = stringOption(args, 'bulk');
  const endpoint = stringOption(args, 'endpoint');
  const updateEndpoint = stringOption(args, 'update-endpoint');
  const dryRun = args.values['dry-run'] === true;
  const resume = args.values.resume === true;
  if (bulk !== undefined && (endpoint !== undefined || updateEndpoint !== undefined)) throw new UsageError('--bulk writes files for a loader; it takes no --endpoint');
  if (bulk !== undefined && (dryRun || resume)) throw new UsageError('--dry-run and --resume are for loading over HTTP, not --bulk');
  if (bulk === undefined && endpoint === undefined) throw new UsageError('load needs --endpoint URL (or --bulk DIR)');
  const endpoints: Endpoints | undefined = endpoint === undefined ? undefined : { query: httpUrl(endpoint, '--endpoint'), graphStore: httpUrl(updateEndpoint ?? endpoint, '--update-endpoint') };
  const chunk = positiveInteger(args, 'chunk-size', bulk !== undefined ? DEFAULT_BULK_CHUNK : DEFAULT_CHUNK_TRIPLES);
  const retries = nonNegativeInteger(args, 'retries', 5);
  const timeoutS = positiveInteger(args, 'timeout', 300);
  const auth = authMode(stringOption(args, 'auth'));
  const defaultGraph = stringOption(args, 'graph');
  if (defaultGraph !== undefined && !/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(defaultGraph)) throw new UsageError(`--graph must be an absolute IRI, got "${defaultGraph}"`);
  const base = baseOption(args);

  const set = await GraphSet.collect(args.positionals, {
    base,
    symbol: stringOption(args, 'symbol'),
    defaultGraph,
    onWarning: (message) => reporter.warn(message),
  });
  try {
    if (set.graphs.length === 0) throw new UsageError('the sources hold no triples: nothing to load');
    if (bulk !== undefined) {
      const started = performance.now();
      const result = await writeBulk(set, bulk, { chunkQuads: chunk, base: base ?? DEFAULT_BASE });
      reporter.info(`tbkg: wrote ${result.files.length} N-Quads file(s), ${result.graphs} graph(s), ${result.quads} quads, and loader commands for Virtuoso, TDB2 and Oxigraph to ${bulk} in ${seconds(performance.now() - started)}`);
      return 0;
    }
    if (dryRun) {
      await writeStdout(`${dryRunPlan(set, endpoints!, chunk).join('\n')}\n`);
      reporter.info(`tbkg: dry run: ${set.graphs.length} graph(s), ${set.triples} triples would be sent to ${endpoints!.graphStore}; nothing was sent`);
      return 0;
    }
    const user = process.env[USER_VARIABLE];
    const password = process.env[PASSWORD_VARIABLE];
    if ((user === undefined) !== (password === undefined)) throw new UsageError(`give both ${USER_VARIABLE} and ${PASSWORD_VARIABLE}, or neither`);
    const progress = new ProgressLine(reporter.quiet);
    const http = new HttpClient({
      credentials: user !== undefined ? { user, password: password! } : undefined,
      auth,
      retries,
      timeoutMs: timeoutS * 1000,
      onRetry: (n) => progress.note(`tbkg: ${n.reason} from ${new URL(n.url).origin}; retry ${n.attempt} of ${retries} in ${seconds(n.delayMs)}`),
    });
    const store = new GraphStore(endpoints!, http);
    try {
      const result = await loadGraphs(set, store, { chunkTriples: chunk, resume, onProgress: (p) => progress.update(p) });
      progress.done();
      const rate = result.elapsedMs > 0 ? Math.round(result.triplesSent / (result.elapsedMs / 1000)) : 0;
      const skipped = result.skipped.length > 0 ? `; skipped ${result.skipped.length} graph(s) whose counts already matched` : '';
      reporter.info(
        `tbkg: loaded ${result.loaded.length} graph(s), ${result.triplesSent} triples, into ${endpoints!.graphStore} in ${seconds(result.elapsedMs)} (${rate} triples/s), each checked by COUNT${skipped}`,
      );
      return 0;
    } catch (err) {
      progress.done();
      if (!(err instanceof LoadFailure)) throw err;
      reporter.error(`tbkg load: ${err.message}`);
      if (err.status === 401) reporter.error(`  the store asks for credentials it did not get or accept: set ${USER_VARIABLE} and ${PASSWORD_VARIABLE} (and --auth if it needs one scheme)`);
      const loaded = [...err.done.loaded, ...err.done.skipped];
      reporter.error(`  loaded (${loaded.length}): ${listGraphs(loaded.map((g) => g.iri))}`);
      reporter.error(`  not loaded (${err.notReached.length + 1}): ${listGraphs([`${err.failed.iri} (failed)`, ...err.notReached.map((g) => g.iri)])}`);
      reporter.error('  once the cause is fixed, run the same command with --resume: graphs whose counts match are skipped');
      return err.exitCode;
    } finally {
      http.close();
    }
  } finally {
    await set.dispose();
  }
}

function listGraphs(iris: string[], max = 20): string {
  if (iris.length === 0) return 'none';
  const shown = iris.slice(0, max).join(', ');
  return iris.length > max ? `${shown}, and ${iris.length - max} more` : shown;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function httpUrl(value: string, option: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${option} must be an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${option} must be an http(s) URL, got "${value}"`);
  if (url.username || url.password) throw new UsageError(`${option}: put credentials in ${USER_VARIABLE} and ${PASSWORD_VARIABLE}, not in the URL`);
  return url.href;
}

function authMode(value: string | undefined): AuthMode {
  if (value === undefined) return 'auto';
  if (value === 'auto' || value === 'basic' || value === 'digest') return value;
  throw new UsageError(`--auth is one of auto, basic, digest; got "${value}"`);
}

function positiveInteger(args: ParsedArgs, name: string, fallback: number): number {
  const value = stringOption(args, name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--${name} must be a whole number of at least 1, got "${value}"`);
  return Number(value);
}

function nonNegativeInteger(args: ParsedArgs, name: string, fallback: number): number {
  const value = stringOption(args, name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number, got "${value}"`);
  return Number(value);
}

/** One line on a terminal, rewritten in place; nothing when standard error is not a terminal or --quiet. */
class ProgressLine {
  private readonly live: boolean;
  private shown = false;
  private last = 0;

  constructor(private readonly quiet: boolean) {
    this.live = !quiet && process.stderr.isTTY === true;
  }

  update(p: LoadProgress): void {
    if (!this.live) return;
    const now = performance.now();
    if (now - this.last < 100 && p.graphsDone < p.graphsTotal) return;
    this.last = now;
    const rate = p.elapsedMs > 0 ? Math.round(p.triplesSent / (p.elapsedMs / 1000)) : 0;
    process.stderr.write(`\r\x1b[Ktbkg: ${p.graphsDone}/${p.graphsTotal} documents, ${p.triplesSent} triples, ${rate} triples/s`);
    this.shown = true;
  }

  /** A message on a line of its own, above the progress line. */
  note(message: string): void {
    if (this.quiet) return;
    if (this.shown) process.stderr.write('\r\x1b[K');
    process.stderr.write(`${message}\n`);
  }

  done(): void {
    if (this.shown) process.stderr.write('\n');
    this.shown = false;
  }
}
