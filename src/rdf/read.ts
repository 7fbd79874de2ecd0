/** RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD; gzipped too) to quads. */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import jsonld from 'jsonld';
import { DataFactory, Parser, type Quad, type Term } from 'n3';
import { InputError } from '../errors.js';

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
  const format = { turtle: 'text/turtle', ntriples: 'application/n-triples', nquads: 'application/n-quads', trig: 'application/trig' }[syntax];
  try {
    return new Parser({ format }).parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const line = /on line (\d+)/.exec(message)?.[1];
    throw new InputError(`invalid ${syntax}: ${message.replace(/\s*on line \d+\.?/, '')}`, path, line ? Number(line) : undefined);
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
