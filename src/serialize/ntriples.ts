import type * as RDF from '@rdfjs/types';
import { blankNodeLabel } from './blank-nodes.js';
import { sortByCodePoint } from './order.js';
import {
  checkedLanguageTag,
  datatypeOf,
  graphOf,
  objectOf,
  predicateOf,
  RDF_LANG_STRING,
  subjectOf,
  UnsupportedTermError,
  XSD_STRING,
} from './terms.js';

// Characters that IRIREF does not allow. A valid IRI has none of them; an
// invalid one gets UCHAR escapes so the line still parses.
const IRI_FORBIDDEN = /[\u0000-\u0020<>"{}|^`\\]/g;

// Canonical N-Triples (RDF 1.1, section 4): only these four are escaped,
// and always as ECHAR; every other character is written as itself.
const CANONICAL_STRING_ESCAPES = /["\\\n\r]/g;
const ECHAR: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
};

export function uchar(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export function iriRef(iri: string): string {
  IRI_FORBIDDEN.lastIndex = 0;
  if (!IRI_FORBIDDEN.test(iri)) return `<${iri}>`;
  return `<${iri.replace(IRI_FORBIDDEN, uchar)}>`;
}

function canonicalString(value: string): string {
  CANONICAL_STRING_ESCAPES.lastIndex = 0;
  if (!CANONICAL_STRING_ESCAPES.test(value)) return `"${value}"`;
  return `"${value.replace(CANONICAL_STRING_ESCAPES, (character) => ECHAR[character])}"`;
}

function literalToNTriples(literal: RDF.Literal): string {
  const lexical = canonicalString(literal.value);
  const datatype = datatypeOf(literal);
  if (datatype === RDF_LANG_STRING) return `${lexical}@${checkedLanguageTag(literal)}`;
  if (datatype === XSD_STRING) return lexical;
  return `${lexical}^^${iriRef(datatype)}`;
}

/** One term as N-Triples writes it; also the sort key of terms elsewhere. */
export function termToNTriples(term: RDF.Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return iriRef(term.value);
    case 'BlankNode':
      return `_:${blankNodeLabel(term.value)}`;
    case 'Literal':
      return literalToNTriples(term);
    default:
      throw new UnsupportedTermError('an N-Triples term', term);
  }
}

function tripleBody(quad: RDF.Quad): string {
  return `${termToNTriples(subjectOf(quad))} ${termToNTriples(predicateOf(quad))} ${termToNTriples(objectOf(quad))}`;
}

/** One N-Triples line, newline included; the graph is left out. */
export function ntriplesLine(quad: RDF.Quad): string {
  return `${tripleBody(quad)} .\n`;
}

/** One N-Quads line, newline included; no graph term for the default graph. */
export function nquadsLine(quad: RDF.Quad): string {
  const graph = graphOf(quad);
  if (graph.termType === 'DefaultGraph') return `${tripleBody(quad)} .\n`;
  return `${tripleBody(quad)} ${termToNTriples(graph)} .\n`;
}

function sortedUniqueLines(quads: Iterable<RDF.Quad>, lineOf: (quad: RDF.Quad) => string): string {
  const lines: string[] = [];
  for (const quad of quads) lines.push(lineOf(quad));
  sortByCodePoint(lines);
  return lines.filter((line, i) => i === 0 || line !== lines[i - 1]).join('');
}

/** The union of all graphs as N-Triples, one triple per line, sorted, no duplicates. */
export function writeNTriples(quads: Iterable<RDF.Quad>): string {
  return sortedUniqueLines(quads, ntriplesLine);
}

/** The dataset as N-Quads, one quad per line, sorted, no duplicates. */
export function writeNQuads(quads: Iterable<RDF.Quad>): string {
  return sortedUniqueLines(quads, nquadsLine);
}
