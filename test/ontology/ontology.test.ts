import { readFileSync } from 'node:fs';
import { Parser, Store } from 'n3';
import type { Quad, Term } from 'n3';
import { describe, expect, it } from 'vitest';
import { sampleQuads } from '../validate/sample-graph.js';

const TB = 'https://w3id.org/tbkg/ontology#';
const ONTOLOGY = 'https://w3id.org/tbkg/ontology';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL = 'http://www.w3.org/2002/07/owl#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const DCTERMS = 'http://purl.org/dc/terms/';
const ELI = 'http://data.europa.eu/eli/ontology#';
const PROV = 'http://www.w3.org/ns/prov#';
const CITO = 'http://purl.org/spar/cito/';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const OA = 'http://www.w3.org/ns/oa#';

/** Vocabularies whose classes a tb: domain or range may name. */
const REUSED = [ELI, SKOS, OA, PROV, DCTERMS];

function readProjectFile(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}

function parse(path: string): Quad[] {
  return new Parser().parse(readProjectFile(path));
}

const ontology = new Store(parse('ontology/tb.ttl'));

function objects(subject: string | Term, predicate: string): Term[] {
  return ontology.getObjects(subject, predicate, null);
}

function values(subject: string | Term, predicate: string): string[] {
  return objects(subject, predicate).map((term) => term.value);
}

function isA(subject: string, type: string): boolean {
  return values(subject, `${RDF}type`).includes(type);
}

function list(head: Term): Term[] {
  const items: Term[] = [];
  for (let node = head; node.value !== `${RDF}nil`; node = objects(node, `${RDF}rest`)[0]!) {
    items.push(objects(node, `${RDF}first`)[0]!);
  }
  return items;
}

/** The classes or datatypes a domain or range names: itself, or the members of its owl:unionOf / owl:intersectionOf. */
function members(term: Term): Term[] {
  if (term.termType === 'NamedNode') return [term];
  const combined = [...objects(term, `${OWL}unionOf`), ...objects(term, `${OWL}intersectionOf`)];
  expect(combined, `${term.value} is a union or intersection`).toHaveLength(1);
  return list(combined[0]!);
}

function tbTerms(quads: Quad[]): string[] {
  const terms = quads.flatMap((q) => [q.subject, q.predicate, q.object]).map((t) => t.value);
  return [...new Set(terms.filter((t) => t.startsWith(TB)))].sort();
}

function tbTermsOfDocs(path: string): string[] {
  const names = [...readProjectFile(path).matchAll(/\btb:([A-Za-z][A-Za-z0-9]*)/g)].map(([, local]) => TB + local);
  return [...new Set(names)].sort();
}

const classes = ontology.getSubjects(`${RDF}type`, `${OWL}Class`, null).map((t) => t.value).filter((t) => t.startsWith(TB));
const objectProperties = ontology.getSubjects(`${RDF}type`, `${OWL}ObjectProperty`, null).map((t) => t.value);
const datatypeProperties = ontology.getSubjects(`${RDF}type`, `${OWL}DatatypeProperty`, null).map((t) => t.value);
const declared = new Set([...classes, ...objectProperties, ...datatypeProperties]);

describe('ontology/tb.ttl', () => {
  it('parses and describes itself', () => {
    expect(ontology.size).toBeGreaterThan(300);
    expect(isA(ONTOLOGY, `${OWL}Ontology`)).toBe(true);
    expect(values(ONTOLOGY, `${OWL}versionInfo`)).toEqual(['0.1.0']);
    for (const property of ['title', 'description', 'license']) {
      expect(objects(ONTOLOGY, `${DCTERMS}${property}`), `dcterms:${property}`).toHaveLength(1);
    }
  });

  it.each([
    ['ontology/shapes.ttl', () => tbTerms(parse('ontology/shapes.ttl'))],
    ['the sample graph', () => tbTerms(sampleQuads())],
    ['docs/graph.md', () => tbTermsOfDocs('docs/graph.md')],
  ])('declares every tb: term of %s', (_source, termsOf) => {
    const terms = termsOf();
    expect(terms.length).toBeGreaterThan(20);
    expect(terms.filter((term) => !declared.has(term))).toEqual([]);
  });

  it('labels and comments every term, in English, defined by this ontology', () => {
    for (const term of declared) {
      for (const predicate of [`${RDFS}label`, `${RDFS}comment`]) {
        const texts = objects(term, predicate);
        expect(texts, `${term} ${predicate}`).toHaveLength(1);
        expect(texts[0]?.termType === 'Literal' && texts[0].language, `${term} ${predicate}`).toBe('en');
      }
      expect(values(term, `${RDFS}isDefinedBy`), term).toEqual([ONTOLOGY]);
    }
  });

  it('gives every object property a domain and a range of classes', () => {
    const known = (iri: string) => declared.has(iri) || REUSED.some((ns) => iri.startsWith(ns));
    for (const property of objectProperties) {
      for (const predicate of [`${RDFS}domain`, `${RDFS}range`]) {
        const [bound, ...more] = objects(property, predicate);
        expect(bound, `${property} ${predicate}`).toBeDefined();
        expect(more).toEqual([]);
        for (const member of members(bound!)) {
          expect(known(member.value), `${property} ${predicate} ${member.value}`).toBe(true);
          expect(member.value.startsWith(XSD), `${property} ${predicate} is a class`).toBe(false);
        }
      }
    }
  });

  it('gives every datatype property a domain of classes and a datatype range', () => {
    const isDatatype = (iri: string) => iri.startsWith(XSD) || iri === `${RDF}langString`;
    for (const property of datatypeProperties) {
      const [domain] = objects(property, `${RDFS}domain`);
      expect(domain, `${property} rdfs:domain`).toBeDefined();
      for (const member of members(domain!)) expect(declared.has(member.value), `${property} domain`).toBe(true);
      const [range, ...more] = objects(property, `${RDFS}range`);
      expect(more).toEqual([]);
      for (const member of members(range!)) expect(isDatatype(member.value), `${property} range ${member.value}`).toBe(true);
    }
  });

  it('declares each term once, as exactly one kind of term', () => {
    const kinds = [classes, objectProperties, datatypeProperties];
    for (const term of declared) {
      expect(kinds.filter((kind) => kind.includes(term)), term).toHaveLength(1);
    }
  });

  it('types the sample graph with its classes and links it with its properties', () => {
    const sample = sampleQuads();
    const typesUsed = sample.filter((q) => q.predicate.value === `${RDF}type` && q.object.value.startsWith(TB));
    for (const { object } of typesUsed) expect(classes, object.value).toContain(object.value);
    for (const q of sample.filter((q) => q.predicate.value.startsWith(TB))) {
      const expected = q.object.termType === 'Literal' ? datatypeProperties : objectProperties;
      expect(expected, `${q.predicate.value} with a ${q.object.termType}`).toContain(q.predicate.value);
    }
  });

  it.each([
    ['reiterates', `${CITO}cites`],
    ['citesDocument', `${CITO}cites`],
    ['citesLaw', `${CITO}cites`],
    ['hasPart', `${DCTERMS}hasPart`],
    ['hasItem', `${DCTERMS}hasPart`],
  ])('makes tb:%s a sub-property of %s', (local, parent) => {
    expect(values(TB + local, `${RDFS}subPropertyOf`)).toContain(parent);
  });

  it.each([
    ['TreatyArticle', `${ELI}LegalResourceSubdivision`],
    ['Treaty', `${ELI}LegalResource`],
    ['ConcludingObservations', `${TB}UNDocument`],
    ['ConcludingObservations', `${PROV}Entity`],
    ['StatePartyReport', `${TB}UNDocument`],
    ['TreatyBody', `${PROV}Organization`],
    ['Concern', `${TB}Part`],
    ['Recommendation', `${TB}Part`],
    ['PositiveAspect', `${TB}Part`],
    ['Paragraph', `${TB}TextUnit`],
    ['Part', `${TB}TextUnit`],
    ['Item', `${TB}TextUnit`],
  ])('makes tb:%s a subclass of %s', (local, parent) => {
    expect(values(TB + local, `${RDFS}subClassOf`)).toContain(parent);
  });

  it('lets tb:deadline be a duration or a date, and tb:citesLaw start from a paragraph or a part', () => {
    expect(members(objects(`${TB}deadline`, `${RDFS}range`)[0]!).map((t) => t.value)).toEqual([
      `${XSD}duration`,
      `${XSD}date`,
    ]);
    expect(members(objects(`${TB}citesLaw`, `${RDFS}domain`)[0]!).map((t) => t.value)).toEqual([
      `${TB}Paragraph`,
      `${TB}Part`,
    ]);
  });
});
