import type * as RDF from '@rdfjs/types';

export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const XSD_STRING = `${XSD}string`;
export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDF_TYPE = `${RDF_NS}type`;
export const RDF_LANG_STRING = `${RDF_NS}langString`;

export type SubjectTerm = RDF.NamedNode | RDF.BlankNode;
export type ObjectTerm = RDF.NamedNode | RDF.BlankNode | RDF.Literal;
export type GraphTerm = RDF.NamedNode | RDF.BlankNode | RDF.DefaultGraph;

export class UnsupportedTermError extends Error {
  constructor(position: string, term: RDF.Term) {
    super(`cannot serialize a ${term.termType} as ${position}: ${term.value}`);
    this.name = 'UnsupportedTermError';
  }
}

export function subjectOf(quad: RDF.Quad): SubjectTerm {
  const term = quad.subject;
  if (term.termType === 'NamedNode' || term.termType === 'BlankNode') return term;
  throw new UnsupportedTermError('subject', term);
}

export function predicateOf(quad: RDF.Quad): RDF.NamedNode {
  const term = quad.predicate;
  if (term.termType === 'NamedNode') return term;
  throw new UnsupportedTermError('predicate', term);
}

export function objectOf(quad: RDF.Quad): ObjectTerm {
  const term = quad.object;
  if (term.termType === 'NamedNode' || term.termType === 'BlankNode' || term.termType === 'Literal') {
    return term;
  }
  throw new UnsupportedTermError('object', term);
}

export function graphOf(quad: RDF.Quad): GraphTerm {
  const term = quad.graph;
  if (term.termType === 'NamedNode' || term.termType === 'BlankNode' || term.termType === 'DefaultGraph') {
    return term;
  }
  throw new UnsupportedTermError('graph', term);
}

/** The datatype IRI of a literal, with RDF 1.1's implicit ones filled in. */
export function datatypeOf(literal: RDF.Literal): string {
  if (literal.language) return RDF_LANG_STRING;
  return literal.datatype?.value || XSD_STRING;
}

const LANGUAGE_TAG = /^[a-zA-Z]+(?:-[a-zA-Z0-9]+)*$/;

export function checkedLanguageTag(literal: RDF.Literal): string {
  if (!LANGUAGE_TAG.test(literal.language)) {
    throw new Error(`invalid language tag "${literal.language}" on literal "${literal.value}"`);
  }
  return literal.language;
}
