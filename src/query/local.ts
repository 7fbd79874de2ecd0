/**
 * The local engine: Oxigraph's WebAssembly store, the faster of the two
 * engines measured in bench/query.js (load and query). Dumps are handed to
 * it as text; documents are converted and handed over as N-Quads. Results
 * come back as one serialized string (SPARQL TSV for SELECT, N-Triples for
 * CONSTRUCT/DESCRIBE) rather than millions of JS objects, and are read
 * back row by row as they are written out. Two of Oxigraph's ways are
 * corrected on the way: its union default graph repeats a triple once per
 * graph (mergeIntoDefaultGraph), and it stores typed literals by value
 * (literal-forms.ts).
 */
import { pathToFileURL } from 'node:url';
import { Store } from 'oxigraph';
import { DataFactory, Parser, type Quad } from 'n3';
import { DataError } from './errors.js';
import { convertDocument, readDumpText, readDumpQuads, toNQuads, type SourceOptions } from './read-source.js';
import { orderColumns, type QueryResult, type Row } from './result.js';
import { LiteralFormsCollector, LiteralRestorer, type LiteralFormsTable } from './literal-forms.js';
import type { Source } from './sources.js';
import type { QueryShape } from './syntax.js';
import { parseTsvTerm } from './terms.js';

const MEDIA_TYPES = {
  turtle: 'text/turtle',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
  trig: 'application/trig',
} as const;

export interface LocalRequest {
  queryText: string;
  form: QueryShape['form'];
  sources: Source[];
  /** The default graph is the union (the RDF merge) of all graphs. */
  union: boolean;
  base?: string;
  symbol?: string;
}

/** A result as Oxigraph serialized it: plain data, so it can cross from a worker thread. */
export type RawResult = { kind: 'tsv'; text: string } | { kind: 'boolean'; value: boolean } | { kind: 'ntriples'; text: string };

export interface LoadSummary {
  /** Quads in the store, all graphs. */
  quads: number;
  /** Set when the default graph is empty while named graphs are not (and the union is not asked for). */
  namedGraphsOnly?: number;
  /** The written forms of the typed literals that Oxigraph normalizes (see literal-forms.ts). */
  literalForms: LiteralFormsTable;
}

export class LocalDataset {
  private constructor(private readonly store: Store) {}

  static async load(request: Pick<LocalRequest, 'sources' | 'union' | 'base' | 'symbol'>, options: SourceOptions): Promise<{ dataset: LocalDataset; summary: LoadSummary }> {
    const store = new Store();
    const literals = new LiteralFormsCollector();
    for (const source of request.sources) {
      if (source.kind === 'document' || source.syntax === 'jsonld') {
        const quads = source.kind === 'document' ? await convertDocument(source, { ...options, base: request.base, symbol: request.symbol }) : await readDumpQuads(source);
        literals.addQuads(quads);
        loadText(store, toNQuads(quads), 'nquads', source.path);
        continue;
      }
      const text = await readDumpText(source);
      loadText(store, text, source.syntax, source.path);
      if (source.syntax === 'turtle' || source.syntax === 'trig') literals.addTurtleText(text, MEDIA_TYPES[source.syntax], pathToFileURL(source.path).href);
      else literals.addLineText(text);
    }
    const quads = store.size;
    if (request.union) mergeIntoDefaultGraph(store);
    const dataset = new LocalDataset(store);
    const summary = { quads, namedGraphsOnly: request.union ? undefined : dataset.namedGraphsOnly(), literalForms: literals.table() };
    return { dataset, summary };
  }

  evaluate(queryText: string, form: QueryShape['form']): RawResult {
    switch (form) {
      case 'SELECT':
        return { kind: 'tsv', text: this.store.query(queryText, { results_format: 'tsv' }) as string };
      case 'ASK':
        return { kind: 'boolean', value: this.store.query(queryText) as boolean };
      case 'CONSTRUCT':
      case 'DESCRIBE':
        return { kind: 'ntriples', text: this.store.query(queryText, { results_format: 'application/n-triples' }) as string };
    }
  }

  /** How many named graphs hold data when the default graph holds none; undefined otherwise. */
  private namedGraphsOnly(): number | undefined {
    if (this.store.query('ASK { ?s ?p ?o }') === true) return undefined;
    const rows = this.store.query('SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }') as Array<Map<string, { value: string }>>;
    const graphs = Number(rows[0]?.get('n')?.value ?? 0);
    return graphs > 0 ? graphs : undefined;
  }
}

/**
 * The union default graph as SPARQL means it: the RDF merge of all graphs,
 * each triple once. Oxigraph's own union option (use_default_graph_as_union)
 * yields a triple once per graph that holds it, and every tbkg document
 * graph repeats the shared nodes (the State, the committee, the treaty
 * articles, the laws), so over N documents a path through them would match
 * N times per step. Copying the triples into the default graph costs
 * memory (the store holds them twice) and buys the right answers.
 */
function mergeIntoDefaultGraph(store: Store): void {
  store.update('INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }');
}

/**
 * One load call is one transaction, and Oxigraph's transactions slow down
 * more than linearly as they grow: a 1M-triple N-Quads dump loads about 4
 * times faster in pieces of a few MB. Line-based text splits at any line
 * end, but a blank node label is scoped to one load call, so text that may
 * hold blank nodes ("_:") is loaded whole; Turtle and TriG are too.
 */
const PIECE = 4 * 1024 * 1024;

function loadText(store: Store, text: string, syntax: keyof typeof MEDIA_TYPES, path: string): void {
  const options = { format: MEDIA_TYPES[syntax], base_iri: pathToFileURL(path).href };
  const lineBased = syntax === 'nquads' || syntax === 'ntriples';
  if (!lineBased || text.length <= PIECE || text.includes('_:')) {
    try {
      store.load(text, options);
    } catch (err) {
      throw loadError(err as Error, syntax, path, 0);
    }
    return;
  }
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', Math.min(start + PIECE, text.length - 1));
    const end = newline < 0 ? text.length : newline + 1;
    try {
      store.load(text.slice(start, end), options);
    } catch (err) {
      throw loadError(err as Error, syntax, path, linesBefore(text, start));
    }
    start = end;
  }
}

function linesBefore(text: string, offset: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** Oxigraph says "Parser error at line 3 column 7: ..." or "... between columns 23 and 38: ..."; lines count from the piece. */
function loadError(err: Error, syntax: string, path: string, lineOffset: number): DataError {
  const match = /^Parser error at line (\d+) (?:column (\d+)|between columns (\d+) and \d+): ([\s\S]*)$/.exec(err.message);
  if (!match) return new DataError(`invalid ${syntax}: ${err.message}`, path);
  return new DataError(`invalid ${syntax}: ${match[4]}`, path, lineOffset + Number(match[1]), Number(match[2] ?? match[3]));
}

/**
 * Reads Oxigraph's serialized result back as rows or quads, lazily. Columns
 * come in the order the query gives (Oxigraph sorts the variables of
 * SELECT * by name); literals read from the data get their written form
 * back (see literal-forms.ts).
 */
export function rawToResult(raw: RawResult, shape: QueryShape, restorer: LiteralRestorer): QueryResult {
  switch (raw.kind) {
    case 'boolean':
      return { kind: 'boolean', value: raw.value };
    case 'tsv': {
      const headerEnd = raw.text.indexOf('\n');
      const header = headerEnd < 0 ? raw.text : raw.text.slice(0, headerEnd);
      const columns = header === '' ? [] : header.split('\t').map((v) => v.replace(/^\?/, ''));
      const variables = orderColumns(columns, shape.variables);
      const positions = variables.map((v) => columns.indexOf(v));
      const restored = restorer.active ? variables.map((v) => !shape.computed.includes(v)) : undefined;
      const rows = tsvRows(raw.text, headerEnd < 0 ? raw.text.length : headerEnd + 1, positions);
      return { kind: 'bindings', variables, rows: restored ? restoredRows(rows, restored, restorer) : rows };
    }
    case 'ntriples': {
      const quads = ntriplesQuads(raw.text);
      const fromData = shape.form === 'DESCRIBE' || shape.literalsFromData;
      if (!restorer.active || !fromData) return { kind: 'quads', quads };
      return { kind: 'quads', quads: quads.map((q) => DataFactory.quad(q.subject, q.predicate, restorer.restore(q.object) as Quad['object'])) };
    }
  }
}

function* restoredRows(rows: Iterable<Row>, restored: boolean[], restorer: LiteralRestorer): Generator<Row> {
  for (const row of rows) yield row.map((term, i) => (restored[i] ? restorer.restore(term) : term));
}

function* tsvRows(text: string, from: number, positions: number[]): Generator<Row> {
  const inOrder = positions.every((p, i) => p === i);
  let start = from;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (positions.length === 0) {
      yield [];
      continue;
    }
    const terms = line.split('\t').map((field) => (field === '' ? undefined : parseTsvTerm(field)));
    yield inOrder ? terms : positions.map((p) => terms[p]);
  }
}

function ntriplesQuads(text: string): Quad[] {
  return new Parser({ format: 'application/n-triples' }).parse(text).map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}
