/**
 * What a dump holds and how it is linked, read in two streaming passes over
 * the file (never the whole graph in memory): documents per treaty body and
 * per State with their triples, the reiterations that point at a node of the
 * corpus and those that point outside it, and the chains of successive
 * reviews (tb:previousReview).
 */
import type { Quad } from 'n3';
import { InputError } from '../errors.js';
import { eachQuadOfFile, rdfSyntaxOf } from '../rdf/read.js';
import { NS } from '../rdf/vocab.js';

const RDF_TYPE = `${NS.rdf}type`;
const TB = NS.tb;
const DCTERMS_IDENTIFIER = `${NS.dcterms}identifier`;

export interface DocumentFacts {
  iri: string;
  symbol?: string;
  body?: string;
  state?: string;
  /** The treaty of the body's concluding observations is not in the dump: body and State are what group reviews. */
  adoptedOn?: string;
  triples: number;
  previous?: string;
  /** Typed tb:ConcludingObservations (sessions and meetings also have a tb:treatyBody). */
  isDocument?: boolean;
}

export interface CorpusStats {
  triples: number;
  graphs: number;
  documents: DocumentFacts[];
  reiterations: {
    total: number;
    /** To a paragraph or item node of a document of the dump. */
    resolved: number;
    /** To a document of the dump that has no such paragraph or item. */
    missingInCorpus: number;
    /** To documents outside the dump, by symbol (or IRI). */
    outside: Map<string, number>;
  };
  chains: Array<{ body?: string; state?: string; reviews: DocumentFacts[] }>;
}

/** Reads one dump, in two passes; other formats than N-Quads, N-Triples, Turtle and TriG are read whole. */
export async function corpusStats(paths: string[]): Promise<CorpusStats> {
  const docs = new Map<string, DocumentFacts>();
  const graphTriples = new Map<string, number>();
  const targets = new Map<string, number>();
  let triples = 0;
  for (const [file, path] of paths.entries()) {
    await eachQuad(path, file, (q) => {
      triples++;
      const g = q.graph.value;
      graphTriples.set(g, (graphTriples.get(g) ?? 0) + 1);
      const s = q.subject.value;
      const p = q.predicate.value;
      if (p === RDF_TYPE && q.object.value === `${TB}ConcludingObservations`) fact(docs, s).isDocument = true;
      else if (p === `${TB}treatyBody`) fact(docs, s).body = lastSegment(q.object.value);
      else if (p === `${TB}stateParty`) fact(docs, s).state = lastSegment(q.object.value);
      else if (p === `${TB}adoptedOn`) fact(docs, s).adoptedOn = q.object.value;
      else if (p === `${TB}previousReview`) fact(docs, s).previous = q.object.value;
      else if (p === `${TB}reiterates`) targets.set(q.object.value, (targets.get(q.object.value) ?? 0) + 1);
    });
  }
  // The identifier of a document may come before its type in a file: read it again where missing.
  const typed = new Set<string>();
  const missingSymbols = [...docs.values()].some((d) => d.isDocument && d.symbol === undefined);
  for (const [file, path] of paths.entries()) {
    await eachQuad(path, file, (q) => {
      const s = q.subject.value;
      if (q.predicate.value === RDF_TYPE && targets.has(s) && (q.object.value === `${TB}Paragraph` || q.object.value === `${TB}Item`)) typed.add(s);
      if (missingSymbols && q.predicate.value === DCTERMS_IDENTIFIER && docs.get(s)?.isDocument) docs.get(s)!.symbol ??= q.object.value;
    });
  }
  const documents = [...docs.values()].filter((d) => d.isDocument);
  for (const d of documents) {
    d.triples = graphTriples.get(d.iri) ?? 0;
    delete d.isDocument;
  }
  const documentIris = new Set(documents.map((d) => d.iri));
  const reiterations = { total: 0, resolved: 0, missingInCorpus: 0, outside: new Map<string, number>() };
  for (const [target, count] of targets) {
    reiterations.total += count;
    const doc = target.split('#')[0]!;
    if (typed.has(target)) reiterations.resolved += count;
    else if (documentIris.has(doc)) reiterations.missingInCorpus += count;
    else {
      const symbol = symbolOfDocumentIri(doc);
      reiterations.outside.set(symbol, (reiterations.outside.get(symbol) ?? 0) + count);
    }
  }
  return { triples, graphs: graphTriples.size, documents: sortDocuments(documents), reiterations, chains: chainsOf(documents) };
}

function fact(docs: Map<string, DocumentFacts>, iri: string): DocumentFacts {
  let d = docs.get(iri);
  if (!d) {
    d = { iri, triples: 0 };
    docs.set(iri, d);
  }
  return d;
}

function lastSegment(iri: string): string {
  return iri.slice(iri.lastIndexOf('/') + 1);
}

/** "https://w3id.org/tbkg/doc/A/56/44" -> "A/56/44". */
export function symbolOfDocumentIri(iri: string): string {
  const at = iri.indexOf('/doc/');
  return at >= 0 ? decodeURIComponent(iri.slice(at + 5)) : iri;
}

function sortDocuments(documents: DocumentFacts[]): DocumentFacts[] {
  return documents.sort((a, b) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
}

/** Chains of reviews: from each review that no other names as its previous one, back along tb:previousReview. */
function chainsOf(documents: DocumentFacts[]): CorpusStats['chains'] {
  const byIri = new Map(documents.map((d) => [d.iri, d]));
  const isPrevious = new Set(documents.map((d) => d.previous).filter((p): p is string => p !== undefined));
  const chains: CorpusStats['chains'] = [];
  for (const d of documents) {
    if (isPrevious.has(d.iri) || d.previous === undefined) continue;
    const reviews: DocumentFacts[] = [];
    const seen = new Set<string>();
    for (let at: DocumentFacts | undefined = d; at && !seen.has(at.iri); at = at.previous ? byIri.get(at.previous) : undefined) {
      seen.add(at.iri);
      reviews.unshift(at);
    }
    chains.push({ body: d.body, state: d.state, reviews });
  }
  return chains.sort((a, b) => `${a.body}|${a.state}`.localeCompare(`${b.body}|${b.state}`));
}

async function eachQuad(path: string, file: number, onQuad: (q: Quad) => void): Promise<void> {
  const syntax = rdfSyntaxOf(path);
  if (!syntax) throw new InputError('not an RDF dump (expected .nq .nt .ttl .trig .jsonld, optionally .gz)', path);
  // Blank nodes of one file are its own: labelled apart from another file's, the same in both passes over it.
  await eachQuadOfFile(path, syntax, onQuad, `f${file}_`);
}
