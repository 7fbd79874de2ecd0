import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import {
  dataPrefixes,
  documentPrefixes,
  extensionOf,
  formatFromExtension,
  isRdfFormat,
  isSafeLocalName,
  mediaTypeOf,
  projectPrefixes,
  RDF_FORMATS,
  serialize,
  STANDARD_PREFIXES,
} from '../../src/serialize/index.js';

const { namedNode, literal, quad } = DataFactory;

describe('formats', () => {
  it('knows a format from a file extension, in any case, by the last extension', () => {
    expect(formatFromExtension('out/graph.ttl')).toBe('turtle');
    expect(formatFromExtension('graph.nt')).toBe('ntriples');
    expect(formatFromExtension('graph.nq')).toBe('nquads');
    expect(formatFromExtension('graph.trig')).toBe('trig');
    expect(formatFromExtension('graph.jsonld')).toBe('jsonld');
    expect(formatFromExtension('graph.json')).toBe('jsonld');
    expect(formatFromExtension('C:\\dumps\\GRAPH.TTL')).toBe('turtle');
    expect(formatFromExtension('.ttl')).toBe('turtle');
    expect(formatFromExtension('graph.ttl.gz')).toBeUndefined();
    expect(formatFromExtension('dumps.ttl/graph')).toBeUndefined();
    expect(formatFromExtension('graph.rdf')).toBeUndefined();
    expect(formatFromExtension('ttl')).toBeUndefined();
    expect(formatFromExtension('graph.constructor')).toBeUndefined();
  });

  it('gives each format an extension that maps back to it, and a media type', () => {
    for (const format of RDF_FORMATS) expect(formatFromExtension(`x${extensionOf(format)}`)).toBe(format);
    expect(RDF_FORMATS.map(mediaTypeOf)).toEqual([
      'text/turtle',
      'application/n-triples',
      'application/n-quads',
      'application/trig',
      'application/ld+json',
    ]);
    expect(isRdfFormat('trig')).toBe(true);
    expect(isRdfFormat('rdfxml')).toBe(false);
    expect(isRdfFormat('toString')).toBe(false);
  });

  it('drops graphs in Turtle and N-Triples, keeps them in N-Quads, TriG and JSON-LD', () => {
    const quads = [quad(namedNode('http://example.org/s'), namedNode('http://example.org/p'), literal('o'), namedNode('http://example.org/g'))];
    expect(serialize(quads, 'turtle')).not.toContain('http://example.org/g');
    expect(serialize(quads, 'ntriples')).not.toContain('http://example.org/g');
    expect(serialize(quads, 'nquads')).toContain('<http://example.org/g> .');
    expect(serialize(quads, 'trig')).toContain('<http://example.org/g> {');
    expect(serialize(quads, 'jsonld')).toContain('"@id": "http://example.org/g"');
  });
});

describe('prefixes', () => {
  it('has the standard vocabularies', () => {
    expect(STANDARD_PREFIXES.tb).toBe('https://w3id.org/tbkg/ontology#');
    expect(STANDARD_PREFIXES.eli).toBe('http://data.europa.eu/eli/ontology#');
    expect(STANDARD_PREFIXES.wd).toBe('http://www.wikidata.org/entity/');
    expect(Object.keys(STANDARD_PREFIXES).sort()).toEqual(
      ['cito', 'dcat', 'dcterms', 'eli', 'oa', 'owl', 'prov', 'rdf', 'rdfs', 'skos', 'tb', 'void', 'wd', 'xsd'].sort(),
    );
  });

  it('derives the data prefixes from the base IRI', () => {
    expect(dataPrefixes()).toEqual({
      doc: 'https://w3id.org/tbkg/doc/',
      state: 'https://w3id.org/tbkg/state/',
      body: 'https://w3id.org/tbkg/body/',
      treaty: 'https://w3id.org/tbkg/treaty/',
      law: 'https://w3id.org/tbkg/law/',
      instrument: 'https://w3id.org/tbkg/instrument/',
    });
    expect(projectPrefixes('http://example.org/kg/').law).toBe('http://example.org/kg/law/');
  });

  it('accepts only local names that every Turtle reader takes', () => {
    for (const local of ['KAZ', 'Q232', 'para_7__rec', 'art_347-1', '_x', 'Пытки']) expect(isSafeLocalName(local)).toBe(true);
    for (const local of ['CAT/C/KAZ', 'doc#para', '7', 'a.b', 'a:b', 'a%20b', '', '-a']) expect(isSafeLocalName(local)).toBe(false);
  });

  it('names document prefixes after the symbol, without collisions', () => {
    const base = 'https://w3id.org/tbkg/';
    const prefixes = documentPrefixes(
      [`${base}doc/A/56/44#para_1`, `${base}doc/A-56-44#para_2`, `${base}doc/2020/1#para_3`, `${base}doc/tb#x`, `${base}doc/X#a/b`],
      base,
      ['tb'],
    );
    expect(prefixes).toEqual({
      d_2020_1: `${base}doc/2020/1#`,
      a_56_44: `${base}doc/A-56-44#`,
      a_56_44_2: `${base}doc/A/56/44#`,
      tb_2: `${base}doc/tb#`,
    });
  });
});
