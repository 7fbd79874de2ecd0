import type * as RDF from '@rdfjs/types';
import { projectContext, type JsonLdContext, type JsonLdContextDocument } from './context.js';
import { writeJsonLd } from './jsonld.js';
import { writeNQuads, writeNTriples } from './ntriples.js';
import { DEFAULT_BASE } from './prefixes.js';
import { writeTrig, writeTurtle } from './turtle.js';

export type RdfFormat = 'turtle' | 'ntriples' | 'nquads' | 'trig' | 'jsonld';

export const RDF_FORMATS: readonly RdfFormat[] = ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld'];

export interface SerializeOptions {
  /** Data base IRI (default https://w3id.org/tbkg/): data prefixes and the JSON-LD context. */
  readonly base?: string;
  /** JSON-LD only: the context to compact with and embed (default: the project context of `base`). */
  readonly context?: JsonLdContext | JsonLdContextDocument;
}

const FORMAT_INFO: Readonly<Record<RdfFormat, { readonly extension: string; readonly mediaType: string }>> = {
  turtle: { extension: '.ttl', mediaType: 'text/turtle' },
  ntriples: { extension: '.nt', mediaType: 'application/n-triples' },
  nquads: { extension: '.nq', mediaType: 'application/n-quads' },
  trig: { extension: '.trig', mediaType: 'application/trig' },
  jsonld: { extension: '.jsonld', mediaType: 'application/ld+json' },
};

const FORMAT_BY_EXTENSION: Readonly<Record<string, RdfFormat>> = {
  ttl: 'turtle',
  nt: 'ntriples',
  nq: 'nquads',
  trig: 'trig',
  jsonld: 'jsonld',
  json: 'jsonld',
};

export function isRdfFormat(value: string): value is RdfFormat {
  return Object.hasOwn(FORMAT_INFO, value);
}

/**
 * The same quads give the same bytes. Turtle and N-Triples write the union
 * of all graphs as triples; N-Quads, TriG and JSON-LD keep the graphs.
 */
export function serialize(quads: Iterable<RDF.Quad>, format: RdfFormat, options: SerializeOptions = {}): string {
  const base = options.base ?? DEFAULT_BASE;
  switch (format) {
    case 'turtle':
      return writeTurtle(quads, { base });
    case 'trig':
      return writeTrig(quads, { base });
    case 'ntriples':
      return writeNTriples(quads);
    case 'nquads':
      return writeNQuads(quads);
    case 'jsonld':
      return writeJsonLd(quads, options.context ?? projectContext(base));
  }
}

/** The format of a file from its last extension (case-insensitive): .ttl .nt .nq .trig .jsonld .json */
export function formatFromExtension(path: string): RdfFormat | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  const extension = name.slice(dot + 1).toLowerCase();
  return Object.hasOwn(FORMAT_BY_EXTENSION, extension) ? FORMAT_BY_EXTENSION[extension] : undefined;
}

/** The usual file extension, with its dot: '.ttl', '.nt', '.nq', '.trig', '.jsonld'. */
export function extensionOf(format: RdfFormat): string {
  return FORMAT_INFO[format].extension;
}

export function mediaTypeOf(format: RdfFormat): string {
  return FORMAT_INFO[format].mediaType;
}

export { projectContext, type JsonLdContext, type JsonLdContextDocument, type TermDefinition } from './context.js';
export { UnsupportedContextError } from './jsonld-context.js';
export { UnrepresentableIriError, writeJsonLd } from './jsonld.js';
export { nquadsLine, ntriplesLine, termToNTriples, writeNQuads, writeNTriples } from './ntriples.js';
export {
  DEFAULT_BASE,
  dataPrefixes,
  documentPrefixes,
  isSafeLocalName,
  projectPrefixes,
  STANDARD_PREFIXES,
  type PrefixMap,
} from './prefixes.js';
export { UnsupportedTermError } from './terms.js';
export { writeTrig, writeTurtle, type TurtleOptions } from './turtle.js';
