// Compares quad sets from different libraries (N3, rdflib.js, jsonld.js) up
// to blank-node labels: each side is brought to plain quads, then to
// canonical N-Quads with RDFC-1.0 (rdf-canonize, a dependency of jsonld),
// whose blank-node labels depend only on the graph's shape.
import rdfCanonize from 'rdf-canonize';

interface TermLike {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string } | null;
}

interface QuadLike {
  subject: TermLike;
  predicate: TermLike;
  object: TermLike;
  graph: TermLike;
}

interface PlainTerm {
  termType: string;
  value: string;
  language?: string;
  datatype?: { termType: 'NamedNode'; value: string };
}

interface PlainQuad {
  subject: PlainTerm;
  predicate: PlainTerm;
  object: PlainTerm;
  graph: PlainTerm;
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

const canonize = (rdfCanonize as { canonize(dataset: PlainQuad[], options: object): Promise<string> }).canonize;

function plainTerm(term: TermLike): PlainTerm {
  if (term.termType === 'Literal') {
    // RDF 1.1: language tags compare case-insensitively; rdflib.js keeps
    // the case it read, N3 and jsonld.js lower-case it.
    const language = (term.language ?? '').toLowerCase();
    const datatype = language ? RDF_LANG_STRING : term.datatype?.value || XSD_STRING;
    return language
      ? { termType: 'Literal', value: term.value, language, datatype: { termType: 'NamedNode', value: datatype } }
      : { termType: 'Literal', value: term.value, datatype: { termType: 'NamedNode', value: datatype } };
  }
  if (term.termType === 'DefaultGraph') return { termType: 'DefaultGraph', value: '' };
  return { termType: term.termType, value: term.value };
}

function plainQuad(quad: QuadLike, keepGraph: boolean): PlainQuad {
  return {
    subject: plainTerm(quad.subject),
    predicate: plainTerm(quad.predicate),
    object: plainTerm(quad.object),
    graph: keepGraph ? plainTerm(quad.graph) : { termType: 'DefaultGraph', value: '' },
  };
}

/**
 * Canonical N-Quads of a quad set, duplicates removed. With `keepGraphs`
 * false every quad is moved to the default graph (for triple formats, and
 * for rdflib.js, which puts what it parses in a graph named by the base).
 */
export async function canonicalNQuads(quads: Iterable<QuadLike>, keepGraphs = true): Promise<string> {
  const unique = new Map<string, PlainQuad>();
  for (const quad of quads) {
    const plain = plainQuad(quad, keepGraphs);
    unique.set(JSON.stringify(plain), plain);
  }
  return canonize([...unique.values()], { algorithm: 'RDFC-1.0' });
}

export async function isomorphic(a: Iterable<QuadLike>, b: Iterable<QuadLike>, keepGraphs = true): Promise<boolean> {
  return (await canonicalNQuads(a, keepGraphs)) === (await canonicalNQuads(b, keepGraphs));
}
