import type * as RDF from '@rdfjs/types';
import { blankNodeLabel } from './blank-nodes.js';
import { hasHighCodeUnit, sortByCodePoint } from './order.js';
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

/** A literal as N-Triples writes it, from its parts: a language tag, else a datatype (xsd:string left implicit). */
export function literalFromParts(value: string, language: string, datatype: string): string {
  const lexical = canonicalString(value);
  if (language) return `${lexical}@${language}`;
  if (datatype === XSD_STRING) return lexical;
  return `${lexical}^^${iriRef(datatype)}`;
}

function literalToNTriples(literal: RDF.Literal): string {
  const datatype = datatypeOf(literal);
  if (datatype === RDF_LANG_STRING) return literalFromParts(literal.value, checkedLanguageTag(literal), '');
  return literalFromParts(literal.value, '', datatype);
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

const PLAIN_LITERAL = /^[^"\\\n\r\uD800-\uFFFF]*$/;

/**
 * Terms to N-Triples for one batch of lines: an IRI is escaped once however
 * often it occurs (subjects, predicates and graphs repeat on most lines), and
 * the batch notes whether any term has a code unit from U+D800 up, the only
 * case where sorting by code point needs more than the engine's string order.
 */
export class TermEncoder {
  private readonly iris = new Map<string, string>();
  highCodeUnits = false;

  iri(value: string): string {
    let written = this.iris.get(value);
    if (written === undefined) {
      written = iriRef(value);
      this.iris.set(value, written);
      if (!this.highCodeUnits && hasHighCodeUnit(value)) this.highCodeUnits = true;
    }
    return written;
  }

  literal(value: string, language: string, datatype: string): string {
    // Most literals need neither an escape nor the slow sort: one scan tells.
    if (PLAIN_LITERAL.test(value)) {
      if (language) return `"${value}"@${language}`;
      return datatype === XSD_STRING ? `"${value}"` : `"${value}"^^${this.iri(datatype)}`;
    }
    if (!this.highCodeUnits && hasHighCodeUnit(value)) this.highCodeUnits = true;
    return literalFromParts(value, language, language ? '' : datatype);
  }

  term(term: RDF.Term): string {
    switch (term.termType) {
      case 'NamedNode':
        return this.iri(term.value);
      case 'Literal': {
        const datatype = datatypeOf(term);
        if (datatype === RDF_LANG_STRING) return this.literal(term.value, checkedLanguageTag(term), '');
        return this.literal(term.value, '', datatype);
      }
      default:
        return termToNTriples(term);
    }
  }

  /** One N-Triples line (withGraph false) or N-Quads line, newline included. */
  line(quad: RDF.Quad, withGraph: boolean): string {
    return lineOf(quad, withGraph, this);
  }
}

/** The encoding of lone lines (load, query, link quads): nothing to cache across one line. */
const UNCACHED = { iri: iriRef, term: termToNTriples };

/** One N-Triples line, newline included; the graph is left out. */
export function ntriplesLine(quad: RDF.Quad): string {
  return lineOf(quad, false, UNCACHED);
}

/** One N-Quads line, newline included; no graph term for the default graph. */
export function nquadsLine(quad: RDF.Quad): string {
  return lineOf(quad, true, UNCACHED);
}

function lineOf(quad: RDF.Quad, withGraph: boolean, encode: { iri(value: string): string; term(term: RDF.Term): string }): string {
  const body = `${encode.term(subjectOf(quad))} ${encode.iri(predicateOf(quad).value)} ${encode.term(objectOf(quad))}`;
  const graph = withGraph ? graphOf(quad) : undefined;
  if (graph === undefined || graph.termType === 'DefaultGraph') return `${body} .\n`;
  return `${body} ${encode.term(graph)} .\n`;
}

/** Sorts lines in place by code point; `highCodeUnits` as for joinSortedUnique. */
export function sortLines(lines: string[], highCodeUnits = true): string[] {
  return highCodeUnits ? sortByCodePoint(lines) : lines.sort();
}

/**
 * Lines sorted by code point, duplicates dropped, joined. `highCodeUnits`
 * false says no line has a code unit from U+D800 up: then the engine's own
 * string order is code-point order, and the native sort needs no comparator.
 */
export function joinSortedUnique(lines: string[], highCodeUnits = true): string {
  sortLines(lines, highCodeUnits);
  let out = '';
  let previous: string | undefined;
  for (const line of lines) {
    if (line !== previous) out += line;
    previous = line;
  }
  return out;
}

function sortedUniqueLines(quads: Iterable<RDF.Quad>, withGraph: boolean): string {
  const encoder = new TermEncoder();
  const lines: string[] = [];
  for (const quad of quads) lines.push(encoder.line(quad, withGraph));
  return joinSortedUnique(lines, encoder.highCodeUnits);
}

/** The union of all graphs as N-Triples, one triple per line, sorted, no duplicates. */
export function writeNTriples(quads: Iterable<RDF.Quad>): string {
  return sortedUniqueLines(quads, false);
}

/** The dataset as N-Quads, one quad per line, sorted, no duplicates. */
export function writeNQuads(quads: Iterable<RDF.Quad>): string {
  return sortedUniqueLines(quads, true);
}

/** The lines of text whose lines each end with a line break. */
export function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
