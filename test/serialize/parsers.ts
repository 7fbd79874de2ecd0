// Second, independent parsers for what the serializers write.
import jsonld from 'jsonld';
import { Parser } from 'n3';
import rdfCanonize from 'rdf-canonize';
import * as $rdf from 'rdflib';
import type * as RDF from '@rdfjs/types';

type ParsedQuad = { subject: RDF.Term; predicate: RDF.Term; object: RDF.Term; graph: RDF.Term };

const PARSE_BASE = 'https://example.org/parse-base/';

/** rdflib.js; it puts every statement of a triple format in a graph named by the base. */
export function parseWithRdflib(text: string, mediaType: string): Promise<ParsedQuad[]> {
  const store = $rdf.graph();
  return new Promise((resolve, reject) => {
    $rdf.parse(text, store, PARSE_BASE, mediaType, (error) => {
      if (error) reject(error);
      else resolve(store.statements as unknown as ParsedQuad[]);
    });
  });
}

/** N3.js, for TriG (rdflib.js 2.3 has no TriG parser). */
export function parseWithN3(text: string, format: string): ParsedQuad[] {
  return new Parser({ format }).parse(text);
}

/** rdf-canonize's strict line-based N-Quads parser (also reads N-Triples). */
export function parseWithRdfCanonize(text: string): ParsedQuad[] {
  return (rdfCanonize as unknown as { NQuads: { parse(input: string): ParsedQuad[] } }).NQuads.parse(text);
}

export async function parseJsonLd(text: string): Promise<ParsedQuad[]> {
  return (await jsonld.toRDF(JSON.parse(text))) as unknown as ParsedQuad[];
}
