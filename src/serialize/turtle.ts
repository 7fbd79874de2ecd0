import type * as RDF from '@rdfjs/types';
import { blankNodeLabel } from './blank-nodes.js';
import {
  groupQuads,
  objectsOf,
  sortedGraphs,
  sortedObjects,
  sortedPredicates,
  sortedSubjects,
  type GraphDescription,
  type SubjectDescription,
} from './grouping.js';
import { iriRef, uchar } from './ntriples.js';
import { sortByCodePoint } from './order.js';
import {
  DEFAULT_BASE,
  documentPrefixes,
  isPrefixName,
  isSafeLocalName,
  projectPrefixes,
  type PrefixMap,
} from './prefixes.js';
import {
  checkedLanguageTag,
  datatypeOf,
  RDF_LANG_STRING,
  RDF_TYPE,
  XSD,
  XSD_STRING,
  type ObjectTerm,
} from './terms.js';

export interface TurtleOptions {
  /** Data base IRI: gives the data prefixes and the per-document prefixes. */
  readonly base?: string;
  /** Replaces the project prefixes; per-document prefixes are still added. */
  readonly prefixes?: PrefixMap;
}

const INDENT = '    ';

const TURTLE_STRING_ESCAPES = /["\\\u0000-\u001F\u007F]/g;
const ECHAR: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function quotedString(value: string): string {
  TURTLE_STRING_ESCAPES.lastIndex = 0;
  if (!TURTLE_STRING_ESCAPES.test(value)) return `"${value}"`;
  return `"${value.replace(TURTLE_STRING_ESCAPES, (character) => ECHAR[character] ?? uchar(character))}"`;
}

const CANONICAL_INTEGER = /^-?(?:0|[1-9][0-9]*)$/;
// XSD 1.1 canonical decimals that are not integers (an integral decimal is
// canonically written without a point, which Turtle would read as an integer).
const CANONICAL_NON_INTEGRAL_DECIMAL = /^-?(?:0|[1-9][0-9]*)\.[0-9]*[1-9]$/;

// rdflib.js reads bare numbers through a JavaScript number (and booleans as
// "1"/"0"), so a bare literal is written only when that cannot change its
// lexical form; booleans stay quoted.
function bareNumber(literal: RDF.Literal, datatype: string): string | undefined {
  const lexical = literal.value;
  const canonical =
    (datatype === `${XSD}integer` && CANONICAL_INTEGER.test(lexical)) ||
    (datatype === `${XSD}decimal` && CANONICAL_NON_INTEGRAL_DECIMAL.test(lexical));
  return canonical && String(Number(lexical)) === lexical ? lexical : undefined;
}

/** Writes terms, choosing prefixed names, and records the prefixes it used. */
class TurtleTerms {
  readonly usedPrefixes = new Set<string>();
  // A safe local name has no '/' or '#', so a namespace ending in one of
  // them can only be the IRI up to its last '/' or '#': one map look-up per
  // IRI, however many per-document prefixes a corpus has.
  private readonly slashOrHashNamespaces = new Map<string, string>();
  private readonly otherNamespaces: Array<readonly [name: string, namespace: string]> = [];
  private readonly written = new Map<string, string>();

  constructor(readonly prefixes: PrefixMap) {
    const names = sortByCodePoint(Object.keys(prefixes).filter(isPrefixName));
    for (const name of names) {
      const namespace = prefixes[name];
      if (/[/#]$/.test(namespace)) {
        if (!this.slashOrHashNamespaces.has(namespace)) this.slashOrHashNamespaces.set(namespace, name);
      } else {
        this.otherNamespaces.push([name, namespace]);
      }
    }
    this.otherNamespaces.sort(([, a], [, b]) => b.length - a.length);
  }

  iri(iri: string): string {
    let written = this.written.get(iri);
    if (written === undefined) {
      written = this.prefixedName(iri) ?? iriRef(iri);
      this.written.set(iri, written);
    }
    return written;
  }

  private prefixedName(iri: string): string | undefined {
    const end = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
    let name = end > 0 ? this.slashOrHashNamespaces.get(iri.slice(0, end)) : undefined;
    let namespaceLength = end;
    for (const [otherName, namespace] of this.otherNamespaces) {
      if (namespace.length <= namespaceLength) break;
      if (iri.length > namespace.length && iri.startsWith(namespace) && isSafeLocalName(iri.slice(namespace.length))) {
        name = otherName;
        namespaceLength = namespace.length;
        break;
      }
    }
    if (name === undefined) return undefined;
    const local = iri.slice(namespaceLength);
    if (!isSafeLocalName(local)) return undefined;
    this.usedPrefixes.add(name);
    return `${name}:${local}`;
  }

  predicate(iri: string): string {
    return iri === RDF_TYPE ? 'a' : this.iri(iri);
  }

  term(term: ObjectTerm | RDF.NamedNode | RDF.BlankNode): string {
    switch (term.termType) {
      case 'NamedNode':
        return this.iri(term.value);
      case 'BlankNode':
        return `_:${blankNodeLabel(term.value)}`;
      case 'Literal':
        return this.literal(term);
    }
  }

  private literal(literal: RDF.Literal): string {
    const datatype = datatypeOf(literal);
    if (datatype === RDF_LANG_STRING) return `${quotedString(literal.value)}@${checkedLanguageTag(literal)}`;
    if (datatype === XSD_STRING) return quotedString(literal.value);
    return bareNumber(literal, datatype) ?? `${quotedString(literal.value)}^^${this.iri(datatype)}`;
  }

  header(): string {
    const names = sortByCodePoint([...this.usedPrefixes]);
    if (names.length === 0) return '';
    return `${names.map((name) => `@prefix ${name}: ${iriRef(this.prefixes[name])} .\n`).join('')}\n`;
  }
}

// Every statement ends in " ;", " ," or " .", with a space, so that an
// integer is never followed directly by a full stop ("5." reads as a decimal
// to some loaders; Virtuoso rejects it).
function subjectBlock(description: SubjectDescription, terms: TurtleTerms, indent: string): string {
  const lines: string[] = [];
  const predicates = sortedPredicates(description);
  predicates.forEach((predicateObjects, p) => {
    const objects = sortedObjects(predicateObjects).map((object) => terms.term(object));
    const lead = p === 0 ? `${indent}${terms.term(description.subject)} ` : `${indent}${INDENT}`;
    const end = p === predicates.length - 1 ? ' .' : ' ;';
    objects.forEach((object, o) => {
      const start = o === 0 ? `${lead}${terms.predicate(predicateObjects.predicate.value)} ` : `${indent}${INDENT}${INDENT}`;
      lines.push(`${start}${object}${o === objects.length - 1 ? end : ' ,'}`);
    });
  });
  return lines.join('\n');
}

function graphBody(graph: GraphDescription, terms: TurtleTerms, indent: string): string {
  return sortedSubjects(graph)
    .map((subject) => subjectBlock(subject, terms, indent))
    .join('\n\n');
}

function termsFor(graphs: Map<string, GraphDescription>, options: TurtleOptions): TurtleTerms {
  const base = options.base ?? DEFAULT_BASE;
  const prefixes = options.prefixes ?? projectPrefixes(base);
  const iris = new Set<string>();
  for (const graph of graphs.values()) {
    if (graph.graph.termType === 'NamedNode') iris.add(graph.graph.value);
    for (const subject of graph.subjects.values()) {
      if (subject.subject.termType === 'NamedNode') iris.add(subject.subject.value);
      for (const predicateObjects of subject.predicates.values()) {
        for (const object of objectsOf(predicateObjects)) {
          if (object.termType === 'NamedNode') iris.add(object.value);
        }
      }
    }
  }
  return new TurtleTerms({ ...prefixes, ...documentPrefixes(iris, base, Object.keys(prefixes)) });
}

function document(terms: TurtleTerms, body: string): string {
  if (body === '') return '';
  return `${terms.header()}${body}\n`;
}

/** The union of all graphs as Turtle. */
export function writeTurtle(quads: Iterable<RDF.Quad>, options: TurtleOptions = {}): string {
  const graphs = groupQuads(quads, false);
  const terms = termsFor(graphs, options);
  const body = sortedGraphs(graphs)
    .map((graph) => graphBody(graph, terms, ''))
    .join('\n\n');
  return document(terms, body);
}

/** The dataset as TriG: default-graph triples first, then one block per named graph. */
export function writeTrig(quads: Iterable<RDF.Quad>, options: TurtleOptions = {}): string {
  const graphs = groupQuads(quads, true);
  const terms = termsFor(graphs, options);
  const body = sortedGraphs(graphs)
    .map((graph) => {
      if (graph.graph.termType === 'DefaultGraph') return graphBody(graph, terms, '');
      return `${terms.term(graph.graph)} {\n${graphBody(graph, terms, INDENT)}\n}`;
    })
    .join('\n\n');
  return document(terms, body);
}
