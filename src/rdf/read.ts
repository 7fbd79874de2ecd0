/** RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD; gzipped too) to quads. */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createGunzip, gunzipSync } from 'node:zlib';
import jsonld from 'jsonld';
import { DataFactory, Parser, type Quad, type Term } from 'n3';
import { InputError } from '../errors.js';
import { readCanonicalNQuads } from '../serialize/canonical-nquads.js';

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
  if (syntax === 'nquads' || syntax === 'ntriples') {
    const quads = readCanonicalLines(text, syntax);
    if (quads) return quads;
  }
  const format = { turtle: 'text/turtle', ntriples: 'application/n-triples', nquads: 'application/n-quads', trig: 'application/trig' }[syntax];
  try {
    return new Parser({ format }).parse(text);
  } catch (err) {
    throw syntaxError(err, syntax, path, 1);
  }
}

/** An error of N3's parser, its line made the file's (`firstLine` is the file's line of the text's first). */
function syntaxError(err: unknown, syntax: RdfSyntax, path: string, firstLine: number): InputError {
  const message = (err as Error).message;
  const line = /on line (\d+)/.exec(message)?.[1];
  return new InputError(`invalid ${syntax}: ${message.replace(/\s*on line \d+\.?/, '')}`, path, line ? firstLine + Number(line) - 1 : undefined);
}

/** Lines in tbkg's canonical form, as the fast reader reads them; undefined for anything else (N-Triples with a graph term included). */
export function readCanonicalLines(text: string, syntax: 'nquads' | 'ntriples'): Quad[] | undefined {
  const quads = readCanonicalNQuads(text.length === 0 || text.endsWith('\n') ? text : `${text}\n`);
  if (quads && syntax === 'ntriples' && quads.some((q) => q.graph.termType !== 'DefaultGraph')) return undefined;
  return quads;
}

/** N-Triples text, read by the fast reader where it is in tbkg's canonical form, else by N3's parser. */
export function parseNTriples(text: string): Quad[] {
  return readCanonicalLines(text, 'ntriples') ?? new Parser({ format: 'application/n-triples' }).parse(text);
}

/**
 * The quads of an N-Quads or N-Triples file (gzipped too) as it streams,
 * whole lines at a time: lines in tbkg's canonical form (its own dumps) are
 * read with indexOf (src/serialize/canonical-nquads.ts), any other run of
 * lines by N3's parser, blank node labels kept as written and its line
 * numbers made the file's. Memory holds one piece of the file at a time.
 */
export async function eachQuadOfLines(path: string, syntax: 'nquads' | 'ntriples', onQuad: (quad: Quad) => void | Promise<void>): Promise<void> {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const input: AsyncIterable<Buffer> = path.toLowerCase().endsWith('.gz') ? file.pipe(createGunzip()) : file;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let line = 1;
  const take = async (text: string): Promise<void> => {
    let quads = readCanonicalLines(text, syntax);
    if (quads === undefined) {
      try {
        quads = new Parser({ format: syntax === 'nquads' ? 'application/n-quads' : 'application/n-triples', blankNodePrefix: '' }).parse(text);
      } catch (err) {
        throw syntaxError(err, syntax, path, line);
      }
    }
    for (const quad of quads) {
      const pendingWork = onQuad(quad);
      if (pendingWork) await pendingWork;
    }
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) line++;
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
