import type * as RDF from '@rdfjs/types';
import { blankNodeLabel } from './blank-nodes.js';
import type { JsonLdContext, JsonLdContextDocument } from './context.js';
import {
  groupQuads,
  sortedGraphs,
  sortedObjects,
  sortedPredicates,
  sortedSubjects,
  type GraphDescription,
  type SubjectDescription,
} from './grouping.js';
import { ContextIndex, innerContext, type Coercion } from './jsonld-context.js';
import { codePointComparatorFor } from './order.js';
import { checkedLanguageTag, datatypeOf, RDF_LANG_STRING, RDF_TYPE, XSD_STRING, type ObjectTerm } from './terms.js';

// Compacted JSON-LD written straight from the quads, in one pass over a
// grouping of them: jsonld.fromRDF + compact is far slower on large graphs
// (see PITFALLS) and its output order is not ours to fix. A value is written
// in its short form (a plain string) only where the context makes that
// expand to exactly the same RDF term; otherwise it is written in full.

type JsonValue = string | JsonObject | JsonValue[];
interface JsonObject {
  [key: string]: JsonValue;
}

export class UnrepresentableIriError extends Error {
  constructor(iri: string, reason: string) {
    super(`cannot write <${iri}> in JSON-LD with this context: ${reason}`);
    this.name = 'UnrepresentableIriError';
  }
}

class JsonLdTerms {
  private readonly ids = new Map<string, string>();
  private readonly vocabularyIris = new Map<string, string>();

  constructor(private readonly index: ContextIndex) {}

  /** An IRI in "@id" position: compact IRIs expand, terms do not. */
  id(term: RDF.NamedNode | RDF.BlankNode): string {
    if (term.termType === 'BlankNode') return `_:${blankNodeLabel(term.value)}`;
    let written = this.ids.get(term.value);
    if (written === undefined) {
      written = this.compactIri(term.value, false);
      this.ids.set(term.value, written);
    }
    return written;
  }

  /** An IRI in a key, "@type" or a datatype: terms and compact IRIs expand. */
  vocabulary(iri: string): string {
    let written = this.vocabularyIris.get(iri);
    if (written === undefined) {
      written = this.index.termForIri(iri)?.key ?? this.compactIri(iri, true);
      this.vocabularyIris.set(iri, written);
    }
    return written;
  }

  private compactIri(iri: string, vocabulary: boolean): string {
    for (const [name, namespace] of this.index.prefixes) {
      if (iri.length <= namespace.length || !iri.startsWith(namespace)) continue;
      const suffix = iri.slice(namespace.length);
      if (suffix.startsWith('//')) continue;
      const compact = `${name}:${suffix}`;
      // In vocabulary position a term of that very name would win.
      if (vocabulary && this.index.terms.has(compact)) continue;
      return compact;
    }
    return this.absoluteIri(iri, vocabulary);
  }

  private absoluteIri(iri: string, vocabulary: boolean): string {
    const colon = iri.indexOf(':');
    if (colon < 0) throw new UnrepresentableIriError(iri, 'it is relative');
    const scheme = iri.slice(0, colon);
    if (!iri.startsWith('//', colon + 1) && this.index.terms.has(scheme)) {
      throw new UnrepresentableIriError(iri, `its scheme "${scheme}" is a term of the context`);
    }
    if (vocabulary && this.index.terms.has(iri)) {
      throw new UnrepresentableIriError(iri, 'it is itself the name of a term of the context');
    }
    return iri;
  }

  value(object: ObjectTerm, coercion: Coercion): JsonValue {
    if (object.termType !== 'Literal') {
      const id = this.id(object);
      return coercion.kind === 'id' ? id : { '@id': id };
    }
    const datatype = datatypeOf(object);
    if (datatype === RDF_LANG_STRING) {
      const language = object.language.toLowerCase();
      if (coercion.kind === 'language' && coercion.language === language) return object.value;
      return { '@value': object.value, '@language': checkedLanguageTag(object) };
    }
    if (datatype === XSD_STRING) {
      if (coercion.kind === 'none') return object.value;
      return { '@value': object.value };
    }
    if (coercion.kind === 'datatype' && coercion.datatype === datatype) return object.value;
    return { '@value': object.value, '@type': this.vocabulary(datatype) };
  }
}

const NO_COERCION: Coercion = { kind: 'none' };

function oneOrMany(values: JsonValue[]): JsonValue {
  return values.length === 1 ? values[0] : values;
}

function nodeObject(description: SubjectDescription, terms: JsonLdTerms, index: ContextIndex): JsonObject {
  const node: JsonObject = { '@id': terms.id(description.subject) };
  const properties: Array<[key: string, value: JsonValue]> = [];
  for (const predicateObjects of sortedPredicates(description)) {
    const iri = predicateObjects.predicate.value;
    let objects = sortedObjects(predicateObjects);
    if (iri === RDF_TYPE) {
      const classes = objects.filter((object): object is RDF.NamedNode => object.termType === 'NamedNode');
      if (classes.length > 0) node['@type'] = oneOrMany(classes.map((object) => terms.vocabulary(object.value)));
      // A blank node or a literal cannot go in "@type"; it stays a property.
      objects = objects.filter((object) => object.termType !== 'NamedNode');
      if (objects.length === 0) continue;
    }
    const term = index.termForIri(iri);
    const key = term?.key ?? terms.vocabulary(iri);
    const coercion = term?.coercion ?? NO_COERCION;
    properties.push([key, oneOrMany(objects.map((object) => terms.value(object, coercion)))]);
  }
  const compare = codePointComparatorFor(properties.map(([key]) => key));
  properties.sort(([a], [b]) => compare(a, b));
  for (const [key, value] of properties) node[key] = value;
  return node;
}

function graphNodes(graph: GraphDescription, terms: JsonLdTerms, index: ContextIndex): JsonObject[] {
  return sortedSubjects(graph).map((subject) => nodeObject(subject, terms, index));
}

/**
 * Compacted JSON-LD written in pieces: the opening with `context` embedded,
 * the entries of each batch of quads (default-graph nodes, then one
 * `{"@id": graph, "@graph": [...]}` per named graph), and the closing. A
 * corpus writes one batch per document, in as many threads as it likes;
 * writeJsonLd is the one-batch case, byte for byte.
 */
export class JsonLdWriter {
  private readonly inner: JsonLdContext;
  private readonly index: ContextIndex;
  private readonly terms: JsonLdTerms;

  constructor(context: JsonLdContext | JsonLdContextDocument) {
    this.inner = innerContext(context);
    this.index = new ContextIndex(this.inner);
    this.terms = new JsonLdTerms(this.index);
  }

  /** `{"@context": ..., "@graph": [`, as JSON.stringify with an indent of 2 writes it. */
  start(): string {
    return `{\n  "@context": ${indented(JSON.stringify(this.inner, null, 2), '  ')},\n  "@graph": [`;
  }

  /** The entries of these quads, each after a comma but the first of the document (`first`: no entry comes before them). */
  batch(quads: Iterable<RDF.Quad>, first: boolean): string {
    let out = '';
    for (const graph of sortedGraphs(groupQuads(quads, true))) {
      const nodes = graphNodes(graph, this.terms, this.index);
      const entries = graph.graph.termType === 'DefaultGraph' ? nodes : [{ '@id': this.terms.id(graph.graph), '@graph': nodes }];
      for (const entry of entries) {
        out += `${first && out === '' ? '\n' : ',\n'}    ${indented(JSON.stringify(entry, null, 2), '    ')}`;
      }
    }
    return out;
  }

  /** The closing, after entries or none. */
  end(hadEntries: boolean): string {
    return hadEntries ? '\n  ]\n}\n' : ']\n}\n';
  }
}

/** Every line but the first indented: JSON text nested one level deeper (its strings hold no raw line breaks). */
function indented(json: string, indent: string): string {
  return json.replaceAll('\n', `\n${indent}`);
}

/**
 * The dataset as compacted JSON-LD with `context` embedded: default-graph
 * nodes first, then one `{"@id": graph, "@graph": [...]}` per named graph.
 */
export function writeJsonLd(quads: Iterable<RDF.Quad>, context: JsonLdContext | JsonLdContextDocument): string {
  const writer = new JsonLdWriter(context);
  const entries = writer.batch(quads, true);
  return writer.start() + entries + writer.end(entries !== '');
}
