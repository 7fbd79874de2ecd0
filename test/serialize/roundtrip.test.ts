import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/serialize/index.js';
import { canonicalNQuads } from '../support/isomorphic.js';
import { parseJsonLd, parseWithN3, parseWithRdfCanonize, parseWithRdflib } from './parsers.js';
import { sampleDataset, sampleQuads } from './sample-graph.js';

// Each output is read back by a parser that shares no code with the writer
// and must give the very graph (or dataset) that went in.

const inputs = [
  ['one document graph', sampleQuads],
  ['two graphs and the default graph', sampleDataset],
] as const;

describe.each(inputs)('round trip of %s', (_name, build) => {
  const quads = build();

  it('Turtle, read by rdflib.js and by N3.js, is the union of the graphs', async () => {
    const text = serialize(quads, 'turtle');
    const expected = await canonicalNQuads(quads, false);
    expect(await canonicalNQuads(await parseWithRdflib(text, 'text/turtle'), false)).toBe(expected);
    expect(await canonicalNQuads(parseWithN3(text, 'text/turtle'), false)).toBe(expected);
  });

  it('N-Triples, read by rdflib.js (as Turtle) and by rdf-canonize, is the union of the graphs', async () => {
    const text = serialize(quads, 'ntriples');
    const expected = await canonicalNQuads(quads, false);
    expect(await canonicalNQuads(await parseWithRdflib(text, 'text/turtle'), false)).toBe(expected);
    expect(await canonicalNQuads(parseWithRdfCanonize(text))).toBe(expected);
  });

  it('N-Quads, read by rdf-canonize and by rdflib.js, keeps the graphs', async () => {
    const text = serialize(quads, 'nquads');
    const expected = await canonicalNQuads(quads);
    expect(await canonicalNQuads(parseWithRdfCanonize(text))).toBe(expected);
    expect(await canonicalNQuads(await parseWithRdflib(text, 'application/n-quads'))).toBe(expected);
  });

  it('TriG, read by N3.js, keeps the graphs', async () => {
    const text = serialize(quads, 'trig');
    expect(await canonicalNQuads(parseWithN3(text, 'application/trig'))).toBe(await canonicalNQuads(quads));
  });

  it('JSON-LD, expanded by jsonld.toRDF, keeps the graphs', async () => {
    const text = serialize(quads, 'jsonld');
    expect(await canonicalNQuads(await parseJsonLd(text))).toBe(await canonicalNQuads(quads));
  });
});

describe('round trip with another base IRI', () => {
  it('keeps every format exact when the data IRIs are not under the default base', async () => {
    const base = 'http://data.example.org/tb/';
    const quads = sampleDataset().map((quad) => quad);
    const text = serialize(quads, 'jsonld', { base });
    expect(JSON.parse(text)['@context'].doc).toBe(`${base}doc/`);
    expect(await canonicalNQuads(await parseJsonLd(text))).toBe(await canonicalNQuads(quads));
    const trig = serialize(quads, 'trig', { base });
    expect(await canonicalNQuads(parseWithN3(trig, 'application/trig'))).toBe(await canonicalNQuads(quads));
  });
});
