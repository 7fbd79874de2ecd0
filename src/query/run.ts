/**
 * One query, from text to output: parse, pick the engine, load, run, write.
 *
 * Engines: Oxigraph (WebAssembly, in this process) for local data; the
 * SPARQL protocol over fetch for --endpoint; Comunica, loaded only then,
 * for a query with SERVICE clauses. Results go out as they come.
 */
import type * as RDF from '@rdfjs/types';
import { UsageError } from '../errors.js';
import type { Warning } from '../model.js';
import { formatFromExtension, projectPrefixes, serialize, writeTrig, writeTurtle, type RdfFormat } from '../serialize/index.js';
import { QueryTimeout } from './errors.js';
import { bindingsWriter, booleanText, resultsFormatFromExtension, RESULTS_FORMATS, type ResultsFormat } from './formats/index.js';
import { credentialsFromEnvironment, type HttpPolicy } from './http.js';
import type { QueryText } from './query-text.js';
import type { QueryResult } from './result.js';
import { Sink } from './sink.js';
import { resolveSources, usesUnionDefaultGraph, type Source } from './sources.js';
import { parseQuery, type QueryShape } from './syntax.js';
import { PrefixShortener } from './terms.js';
import type { LiteralRestorer } from './literal-forms.js';

/** Without --timeout, a remote query gets this long: a local one has no limit. */
export const DEFAULT_REMOTE_TIMEOUT_SECONDS = 60;
export const DEFAULT_RETRIES = 2;

export interface QueryRunOptions {
  query: QueryText;
  /** SOURCE arguments; none means seeds/. */
  sourcePaths: string[];
  endpoint?: string;
  timeoutSeconds?: number;
  retries?: number;
  unionDefaultGraph?: boolean;
  base?: string;
  symbol?: string;
  /** -t: the format of SELECT and ASK results. */
  resultsFormat?: ResultsFormat;
  /** -f: the RDF format of CONSTRUCT and DESCRIBE results. */
  graphFormat?: RdfFormat;
  output?: string;
  explain?: boolean;
  time?: boolean;
  /** Standard output's terminal, if it is one: the table is the default there, wrapped to `columns`. */
  terminal?: { columns?: number };
  notices: Notices;
  /** First wait before an HTTP retry (tests shorten it). */
  backoffMs?: number;
}

export interface Notices {
  warn(message: string): void;
  documentWarning(file: string, warning: Warning): void;
  /** The --time line. */
  time(message: string): void;
}

type Output = { kind: 'results'; format: ResultsFormat } | { kind: 'graph'; format: RdfFormat };

type Engine = { name: 'endpoint'; url: string } | { name: 'federation' } | { name: 'local' };

interface Timings {
  parse: number;
  load?: number;
  query?: number;
  print?: number;
  firstResult?: number;
  quads?: number;
}

export async function runQuery(options: QueryRunOptions): Promise<number> {
  const started = performance.now();
  const shape = parseQuery(options.query, projectPrefixes(options.base));
  const timings: Timings = { parse: performance.now() - started };
  const output = chooseOutput(shape, options);
  const engine = chooseEngine(shape, options);
  const shortener = new PrefixShortener({ ...projectPrefixes(options.base), ...shape.prefixes });

  let sources: Source[] = [];
  let union = false;
  if (engine.name !== 'endpoint') {
    const resolved = await resolveSources(options.sourcePaths);
    sources = resolved.sources;
    union = usesUnionDefaultGraph(sources, options.unionDefaultGraph === true);
    if (options.symbol !== undefined && sources.filter((s) => s.kind === 'document').length !== 1) {
      throw new UsageError('--symbol names one document: give exactly one source document with it');
    }
  }

  if (options.explain) {
    const { explainQuery } = await import('./explain.js');
    const sink = options.output ? Sink.file(options.output) : Sink.stdout();
    await sink.write(`# ${describePlan(engine, sources, union)}\n${explainQuery(shape.text, shortener)}`);
    await sink.close();
    return 0;
  }

  const controller = new AbortController();
  const timeoutSeconds = options.timeoutSeconds ?? (engine.name === 'local' ? undefined : DEFAULT_REMOTE_TIMEOUT_SECONDS);
  let timer: NodeJS.Timeout | undefined;
  const armTimeout = () => {
    if (timeoutSeconds !== undefined && timer === undefined) {
      timer = setTimeout(() => controller.abort(new QueryTimeout(timeoutSeconds)), timeoutSeconds * 1000);
    }
  };
  const policy: HttpPolicy = {
    retries: options.retries ?? DEFAULT_RETRIES,
    signal: controller.signal,
    credentials: credentialsFromEnvironment(),
    backoffMs: options.backoffMs,
  };
  const sink = options.output ? Sink.file(options.output) : Sink.stdout();
  try {
    const context: EvaluationContext = { sources, union, policy, timings, timeoutSeconds, armTimeout };
    const result = await evaluate(engine, shape, options, context);
    const printStarted = performance.now();
    await write(result, output, sink, { shortener, shape, options, timings, signal: controller.signal });
    await sink.close();
    timings.print = performance.now() - printStarted;
    const unrestorable = context.restorer?.unrestorable ?? 0;
    if (unrestorable > 0) {
      options.notices.warn(
        `warning: ${unrestorable} value${unrestorable === 1 ? ' is' : 's are'} shown as Oxigraph stores ${unrestorable === 1 ? 'it' : 'them'} ` +
          '(e.g. xsd:integer for xsd:nonNegativeInteger): the data writes that value in more than one way',
      );
    }
  } catch (err) {
    await sink.abort();
    throw controller.signal.aborted ? controller.signal.reason : err;
  } finally {
    if (timer) clearTimeout(timer);
  }
  if (options.time) options.notices.time(formatTimings(timings, performance.now()));
  return 0;
}

interface EvaluationContext {
  sources: Source[];
  union: boolean;
  policy: HttpPolicy;
  timings: Timings;
  timeoutSeconds?: number;
  armTimeout: () => void;
  /** Set by the local engine: reports the values it could not give their written form back. */
  restorer?: LiteralRestorer;
}

async function evaluate(engine: Engine, shape: QueryShape, options: QueryRunOptions, context: EvaluationContext): Promise<QueryResult> {
  const { timings } = context;
  const documentWarning = options.notices.documentWarning;
  if (engine.name === 'endpoint') {
    context.armTimeout();
    const queryStarted = performance.now();
    const { queryEndpoint } = await import('./endpoint.js');
    const result = await queryEndpoint(engine.url, shape.text, shape, context.policy);
    timings.query = performance.now() - queryStarted;
    return result;
  }
  if (engine.name === 'federation') {
    const { queryFederated } = await import('./federation.js');
    const request = { queryText: shape.text, shape, sources: context.sources, union: context.union, base: options.base, symbol: options.symbol };
    // The deadline starts once the data is loaded, as it does locally.
    const run = await queryFederated(request, context.policy, {
      documentWarning,
      loaded: (quads) => {
        warnIfNamedGraphsOnly(quads, context.union, options.notices);
        context.armTimeout();
      },
    });
    Object.assign(timings, { load: run.loadMs, query: run.queryMs, quads: run.quads.total });
    return run.result;
  }
  const { runLocal } = await import('./local-run.js');
  const { rawToResult } = await import('./local.js');
  const { LiteralRestorer } = await import('./literal-forms.js');
  const run = await runLocal(
    { queryText: shape.text, form: shape.form, sources: context.sources, union: context.union, base: options.base, symbol: options.symbol },
    {
      timeoutSeconds: context.timeoutSeconds,
      documentWarning,
      loaded: (summary) => {
        if (summary.namedGraphsOnly !== undefined) warnNamedGraphsOnly(summary.namedGraphsOnly, options.notices);
      },
    },
  );
  Object.assign(timings, { load: run.loadMs, query: run.queryMs, quads: run.summary.quads });
  context.restorer = new LiteralRestorer(run.summary.literalForms);
  return rawToResult(run.raw, shape, context.restorer);
}

function warnIfNamedGraphsOnly(quads: { total: number; defaultGraph: number; namedGraphs: number }, union: boolean, notices: Notices): void {
  if (!union && quads.defaultGraph === 0 && quads.namedGraphs > 0) warnNamedGraphsOnly(quads.namedGraphs, notices);
}

function warnNamedGraphsOnly(graphs: number, notices: Notices): void {
  notices.warn(
    `warning: the default graph is empty but ${graphs} named graph${graphs === 1 ? ' holds' : 's hold'} data: ` +
      'add --union-default-graph to query them all, or use GRAPH ?g { ... }',
  );
}

async function write(
  result: QueryResult,
  output: Output,
  sink: Sink,
  context: { shortener: PrefixShortener; shape: QueryShape; options: QueryRunOptions; timings: Timings; signal: AbortSignal },
): Promise<void> {
  const { options, timings } = context;
  const firstResult = () => {
    timings.firstResult ??= performance.now();
  };
  if (result.kind === 'boolean') {
    firstResult();
    await sink.write(booleanText(output.kind === 'results' ? output.format : 'tsv', result.value));
    return;
  }
  if (result.kind === 'bindings') {
    const format = output.kind === 'results' ? output.format : 'tsv';
    const writer = bindingsWriter(format, { shortener: context.shortener, width: format === 'table' && !options.output ? options.terminal?.columns : undefined });
    await sink.write(writer.head(result.variables));
    for await (const row of result.rows) {
      if (context.signal.aborted) throw context.signal.reason;
      firstResult();
      await sink.write(writer.row(row));
      if (sink.closed) return;
    }
    firstResult();
    await sink.write(writer.end());
    return;
  }
  const quads: RDF.Quad[] = [];
  for await (const quad of result.quads) {
    if (context.signal.aborted) throw context.signal.reason;
    quads.push(quad);
  }
  firstResult();
  const format = output.kind === 'graph' ? output.format : 'turtle';
  await sink.write(graphText(quads, format, { ...projectPrefixes(options.base), ...context.shape.prefixes }, options.base));
}

/** Turtle and TriG declare only the prefixes they use, from the project's and the query's own. */
function graphText(quads: RDF.Quad[], format: RdfFormat, prefixes: Record<string, string>, base: string | undefined): string {
  if (format === 'turtle') return writeTurtle(quads, { base, prefixes });
  if (format === 'trig') return writeTrig(quads, { base, prefixes });
  return serialize(quads, format, { base });
}

function chooseOutput(shape: QueryShape, options: QueryRunOptions): Output {
  if (shape.form === 'CONSTRUCT' || shape.form === 'DESCRIBE') {
    if (options.graphFormat) return { kind: 'graph', format: options.graphFormat };
    if (!options.output) return { kind: 'graph', format: 'turtle' };
    const format = formatFromExtension(options.output);
    if (!format) throw new UsageError(`cannot tell an RDF format from "${options.output}": use .ttl .nt .nq .trig .jsonld or give -f`);
    return { kind: 'graph', format };
  }
  if (options.resultsFormat) return { kind: 'results', format: options.resultsFormat };
  if (options.output) {
    const format = resultsFormatFromExtension(options.output);
    if (!format) throw new UsageError(`cannot tell a result format from "${options.output}": use .srj .json .srx .xml .csv .tsv .txt or give -t (${RESULTS_FORMATS.join(', ')})`);
    return { kind: 'results', format };
  }
  return { kind: 'results', format: options.terminal ? 'table' : 'tsv' };
}

function chooseEngine(shape: QueryShape, options: QueryRunOptions): Engine {
  if (options.endpoint !== undefined) {
    if (options.sourcePaths.length > 0) {
      throw new UsageError('--endpoint queries the remote data only: give no SOURCE with it (to join local and remote data, use SERVICE <endpoint> in the query)');
    }
    if (options.unionDefaultGraph) throw new UsageError('--union-default-graph applies to local data; the endpoint decides what its default graph is');
    return { name: 'endpoint', url: options.endpoint };
  }
  return shape.services.length > 0 ? { name: 'federation' } : { name: 'local' };
}

function describePlan(engine: Engine, sources: Source[], union: boolean): string {
  if (engine.name === 'endpoint') return `engine: the SPARQL endpoint ${engine.url}`;
  const data = `${sources.length} source${sources.length === 1 ? '' : 's'}; default graph: ${union ? 'the union of all graphs' : 'the default graph of the dumps'}`;
  return engine.name === 'federation' ? `engine: Comunica (SERVICE federation) over local data, ${data}` : `engine: Oxigraph (local), ${data}`;
}

function formatTimings(t: Timings, now: number): string {
  const ms = (value: number | undefined) => (value === undefined ? '-' : `${Math.round(value)} ms`);
  const load = t.load === undefined ? '' : `, load ${ms(t.load)} (${t.quads ?? 0} quads)`;
  return `time: parse ${ms(t.parse)}${load}, query ${ms(t.query)}, print ${ms(t.print)}; first result at ${ms(t.firstResult)}, done at ${ms(now)} (since the process started)`;
}
