import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { blankNodeLabel } from './blank-nodes.js';
import { termToNTriples } from './ntriples.js';
import { codePointComparatorFor, sortByCodePointKey } from './order.js';
import {
  graphOf,
  objectOf,
  predicateOf,
  RDF_TYPE,
  subjectOf,
  type GraphTerm,
  type ObjectTerm,
  type SubjectTerm,
} from './terms.js';

// Keys make a set of each level and give the order of the output: a
// literal's N-Triples form, '<' and an IRI without the closing '>' (so that
// <doc> comes before <doc#para_1>), '_:' and a blank node's label. Literals
// sort first, then IRIs, then blank nodes. Predicates are keyed by IRI.

export function termKey(term: ObjectTerm | GraphTerm): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value}`;
    case 'BlankNode':
      return `_:${blankNodeLabel(term.value)}`;
    case 'Literal':
      return termToNTriples(term);
    case 'DefaultGraph':
      return '';
  }
}

export interface PredicateObjects {
  readonly predicate: RDF.NamedNode;
  /**
   * The first object. Keys are made only once a second object comes: most
   * predicates have one, often a long literal, whose key (its N-Triples
   * form) would cost a copy and a hash of the whole text for nothing.
   */
  readonly first: ObjectTerm;
  /** Every object by its key, once there are two or more (duplicates dropped). */
  keyed: Map<string, ObjectTerm> | undefined;
}

/** The objects of a predicate, in no particular order. */
export function objectsOf(predicateObjects: PredicateObjects): Iterable<ObjectTerm> {
  return predicateObjects.keyed?.values() ?? [predicateObjects.first];
}

export interface SubjectDescription {
  readonly subject: SubjectTerm;
  readonly predicates: Map<string, PredicateObjects>;
}

export interface GraphDescription {
  /** The default graph has the key ''. */
  readonly key: string;
  readonly graph: GraphTerm;
  readonly subjects: Map<string, SubjectDescription>;
}

const DEFAULT_GRAPH: RDF.DefaultGraph = DataFactory.defaultGraph();

/**
 * Groups quads by graph, subject and predicate, without duplicates. With
 * `keepGraphs` false every triple goes to the default graph (the union).
 */
export function groupQuads(quads: Iterable<RDF.Quad>, keepGraphs: boolean): Map<string, GraphDescription> {
  const graphs = new Map<string, GraphDescription>();
  for (const quad of quads) {
    const graph = keepGraphs ? graphOf(quad) : DEFAULT_GRAPH;
    const graphKey = termKey(graph);
    let graphDescription = graphs.get(graphKey);
    if (!graphDescription) {
      graphDescription = { key: graphKey, graph, subjects: new Map() };
      graphs.set(graphKey, graphDescription);
    }
    const subject = subjectOf(quad);
    const subjectKey = termKey(subject);
    let subjectDescription = graphDescription.subjects.get(subjectKey);
    if (!subjectDescription) {
      subjectDescription = { subject, predicates: new Map() };
      graphDescription.subjects.set(subjectKey, subjectDescription);
    }
    const predicate = predicateOf(quad);
    const object = objectOf(quad);
    const predicateObjects = subjectDescription.predicates.get(predicate.value);
    if (!predicateObjects) {
      subjectDescription.predicates.set(predicate.value, { predicate, first: object, keyed: undefined });
      continue;
    }
    predicateObjects.keyed ??= new Map([[termKey(predicateObjects.first), predicateObjects.first]]);
    predicateObjects.keyed.set(termKey(object), object);
  }
  return graphs;
}

function sortedValuesByKey<T>(map: Map<string, T>): T[] {
  const keys = [...map.keys()];
  keys.sort(codePointComparatorFor(keys));
  return keys.map((key) => map.get(key) as T);
}

/** Default graph first, then named graphs in code-point order of their names. */
export function sortedGraphs(graphs: Map<string, GraphDescription>): GraphDescription[] {
  return sortedValuesByKey(graphs);
}

export function sortedSubjects(graph: GraphDescription): SubjectDescription[] {
  return sortedValuesByKey(graph.subjects);
}

/** rdf:type first, then the others in code-point order of their IRIs. */
export function sortedPredicates(subject: SubjectDescription): PredicateObjects[] {
  const type = subject.predicates.get(RDF_TYPE);
  const others = sortByCodePointKey(
    [...subject.predicates.values()].filter((entry) => entry.predicate.value !== RDF_TYPE),
    (entry) => entry.predicate.value,
  );
  return type ? [type, ...others] : others;
}

export function sortedObjects(predicateObjects: PredicateObjects): ObjectTerm[] {
  return predicateObjects.keyed ? sortedValuesByKey(predicateObjects.keyed) : [predicateObjects.first];
}
