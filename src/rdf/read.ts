/** RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD; gzipped too) to quads. */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createGunzip, gunzipSync } from 'node:zlib';
import jsonld from 'jsonld';
import { DataFactory, Parser, StreamParser, type Quad, type Term } from 'n3';
import { InputError } from '../errors.js';
import { readCanonicalNQuads } from '../serialize/canonical-nquads.js';
import { countLines } from '../serialize/ntriples.js';

export type RdfSyntax = 'turtle' | 'ntriples' | 'nquads' | 'trig' | 'jsonld';

const EXTENSIONS: Record<string, RdfSyntax> = {
  '.ttl': 'turtle',
  '.nt': 'ntriples',
  '.nq': 'nquads',
  '.trig': 'trig',
  '.jsonld': 'jsonld',
  '.json': 'jsonld',
};

/** The RDF syntax of a file name, looking through a final ".gz". */
export function rdfSyntaxOf(path: string): RdfSyntax | undefined {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSIONS[name.slice(dot)];
}

export async function readRdfFile(path: string): Promise<Quad[]> {
  const syntax = rdfSyntaxOf(path);
  if (!syntax) throw new InputError('not an RDF file (expected .ttl .nt .nq .trig .jsonld, optionally .gz)', path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new InputError(`cannot read: ${(err as Error).message}`, path);
  }
  if (path.toLowerCase().endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      throw new InputError(`not valid gzip: ${(err as Error).message}`, path);
    }
  }
  return parseRdf(bytes.toString('utf8'), syntax, path);
}

export async function parseRdf(text: string, syntax: RdfSyntax, path: string): Promise<Quad[]> {
  if (syntax === 'jsonld') return parseJsonLd(text, path);
  try {
    return syntax === 'nquads' || syntax === 'ntriples' ? parseLines(text, syntax) : new Parser({ format: MEDIA_TYPES[syntax] }).parse(text);
  } catch (err) {
    throw syntaxError(err, syntax, path, 1);
  }
}

const MEDIA_TYPES = { turtle: 'text/turtle', ntriples: 'application/n-triples', nquads: 'application/n-quads', trig: 'application/trig' } as const;

type LineSyntax = 'nquads' | 'ntriples';

/** An error of N3's parser, its line made the file's (`firstLine` is the file's line of the text's first). */
function syntaxError(err: unknown, syntax: RdfSyntax, path: string, firstLine: number): InputError {
  const message = (err as Error).message;
  const line = /on line (\d+)/.exec(message)?.[1];
  return new InputError(`invalid ${syntax}: ${message.replace(/\s*on line \d+\.?/, '')}`, path, line ? firstLine + Number(line) - 1 : undefined);
}

/**
 * N-Quads or N-Triples text: lines in tbkg's canonical form (its own dumps
 * and spill files) read with indexOf (src/serialize/canonical-nquads.ts),
 * anything else by N3's parser, whose errors are thrown as they are.
 * `blankNodePrefix` as N3's ('' keeps labels as written).
 */
export function parseLines(text: string, syntax: LineSyntax, blankNodePrefix?: string): Quad[] {
  const quads = readCanonicalNQuads(text.length === 0 || text.endsWith('\n') ? text : `${text}\n`);
  // A graph term is no N-Triples: N3 refuses it.
  if (quads && (syntax === 'nquads' || quads.every((q) => q.graph.termType === 'DefaultGraph'))) return quads;
  return new Parser({ format: MEDIA_TYPES[syntax], ...(blankNodePrefix === undefined ? {} : { blankNodePrefix }) }).parse(text);
}

/**
 * Every quad of an RDF file as it streams (gzipped too): N-Quads and
 * N-Triples a piece at a time (eachQuadOfLines), Turtle and TriG through
 * N3's stream parser, JSON-LD read whole (it has no streaming form here).
 * Errors name the file, and the line where the parser tells it; what onQuad
 * throws goes on as it is. Blank node labels get `blankNodePrefix` ('', the
 * default, keeps them as written).
 */
export async function eachQuadOfFile(
  path: string, syntax: RdfSyntax, onQuad: (quad: Quad) => void | Promise<void>, blankNodePrefix = '',
): Promise<void> {
  if (syntax === 'jsonld') {
    for (const quad of await readRdfFile(path)) await onQuad(quad);
    return;
  }
  if (syntax === 'nquads' || syntax === 'ntriples') return eachQuadOfLines(path, syntax, onQuad, blankNodePrefix);
  const file = createReadStream(path);
  const input = path.toLowerCase().endsWith('.gz') ? file.pipe(createGunzip()) : file;
  const parser = new StreamParser({ format: MEDIA_TYPES[syntax], blankNodePrefix });
  const unreadable = (err: Error) => parser.destroy(new InputError(`cannot read: ${err.message}`, path));
  file.on('error', unreadable);
  input.on('error', unreadable);
  const quads = (input.pipe(parser) as unknown as AsyncIterable<Quad>)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Quad>;
    try {
      next = await quads.next();
    } catch (err) {
      throw err instanceof InputError ? err : syntaxError(err, syntax, path, 1);
    }
    if (next.done) return;
    await onQuad(next.value);
  }
}

/**
 * The quads of an N-Quads or N-Triples file (gzipped too) as it streams,
 * whole lines at a time (parseLines), N3's line numbers made the file's.
 * Memory holds one piece of the file at a time.
 */
export async function eachQuadOfLines(
  path: string, syntax: LineSyntax, onQuad: (quad: Quad) => void | Promise<void>, blankNodePrefix = '',
): Promise<void> {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const input: AsyncIterable<Buffer> = path.toLowerCase().endsWith('.gz') ? file.pipe(createGunzip()) : file;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let line = 1;
  const take = async (text: string): Promise<void> => {
    let quads: Quad[];
    try {
      quads = parseLines(text, syntax, blankNodePrefix);
    } catch (err) {
      throw syntaxError(err, syntax, path, line);
    }
    for (const quad of quads) {
      const pendingWork = onQuad(quad);
      if (pendingWork) await pendingWork;
    }
    line += countLines(text);
  };
  const chunks = input[Symbol.asyncIterator]();
  for (;;) {
    // Only what reading the file throws is the file's error; what onQuad throws goes on as it is.
    let next: IteratorResult<Buffer>;
    try {
      next = await chunks.next();
    } catch (err) {
      throw new InputError(`cannot read: ${(err as Error).message}`, path);
    }
    pending += decodeUtf8(decoder, next.done ? undefined : next.value, path, line);
    if (next.done) break;
    const cut = pending.lastIndexOf('\n');
    if (cut < 0) continue;
    const lines = pending.slice(0, cut + 1);
    pending = pending.slice(cut + 1);
    await take(lines);
  }
  if (pending.length > 0) await take(pending);
}

function decodeUtf8(decoder: InstanceType<typeof TextDecoder>, chunk: Buffer | undefined, path: string, line: number): string {
  try {
    return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
  } catch {
    throw new InputError('not UTF-8 text (a byte sequence at this line or in the lines after it does not decode)', path, line);
  }
}

async function parseJsonLd(text: string, path: string): Promise<Quad[]> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const at = position ? lineAndColumn(text, Number(position)) : undefined;
    throw new InputError(`invalid JSON: ${message}`, path, at?.line, at?.column);
  }
  let dataset: unknown[];
  try {
    dataset = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, { documentLoader: offlineLoader })) as unknown[];
  } catch (err) {
    throw new InputError(`invalid JSON-LD: ${(err as Error).message}`, path);
  }
  return dataset.map((q) => toN3Quad(q as JsonLdQuad));
}

/** Dumps carry their context inline; fetching a remote one is refused rather than hung on. */
async function offlineLoader(url: string): Promise<never> {
  throw new Error(`remote context ${url} not loaded: tbkg reads JSON-LD offline (embed the context)`);
}

interface JsonLdTerm {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}
interface JsonLdQuad {
  subject: JsonLdTerm;
  predicate: JsonLdTerm;
  object: JsonLdTerm;
  graph: JsonLdTerm;
}

function toN3Quad(q: JsonLdQuad): Quad {
  return DataFactory.quad(
    toTerm(q.subject) as never,
    toTerm(q.predicate) as never,
    toTerm(q.object) as never,
    toTerm(q.graph) as never,
  );
}

function toTerm(t: JsonLdTerm): Term {
  switch (t.termType) {
    case 'NamedNode':
      return DataFactory.namedNode(t.value);
    case 'BlankNode':
      return DataFactory.blankNode(t.value.replace(/^_:/, ''));
    case 'Literal':
      return t.language ? DataFactory.literal(t.value, t.language) : DataFactory.literal(t.value, DataFactory.namedNode(t.datatype?.value ?? 'http://www.w3.org/2001/XMLSchema#string'));
    default:
      return DataFactory.defaultGraph();
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
