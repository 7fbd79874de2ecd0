import { readFileSync } from 'node:fs';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import {
  projectContext,
  serialize,
  UnrepresentableIriError,
  UnsupportedContextError,
  writeJsonLd,
} from '../../src/serialize/index.js';
import { canonicalNQuads } from '../support/isomorphic.js';
import { parseJsonLd } from './parsers.js';
import { DOCUMENT_IRI, PARAGRAPH_TEXT, sampleDataset, sampleQuads } from './sample-graph.js';

const { namedNode, literal, blankNode, quad } = DataFactory;
const TB = 'https://w3id.org/tbkg/ontology#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

type Node = Record<string, unknown>;

function nodesOf(text: string): { top: Node[]; byId: Map<string, Node> } {
  const top = JSON.parse(text)['@graph'] as Node[];
  const byId = new Map<string, Node>();
  for (const entry of top) {
    byId.set(entry['@id'] as string, entry);
    for (const node of (entry['@graph'] as Node[] | undefined) ?? []) byId.set(node['@id'] as string, node);
  }
  return { top, byId };
}

describe('the project context', () => {
  it('is the same in ontology/context.jsonld', () => {
    const file = JSON.parse(readFileSync(new URL('../../ontology/context.jsonld', import.meta.url), 'utf8'));
    expect(file).toEqual(projectContext());
  });

  it('is embedded in the output', () => {
    expect(JSON.parse(serialize(sampleQuads(), 'jsonld'))['@context']).toEqual(projectContext()['@context']);
  });

  it('follows the base IRI for data prefixes', () => {
    const context = projectContext('http://example.org/')['@context'];
    expect(context.doc).toBe('http://example.org/doc/');
    expect(context.instrument).toBe('http://example.org/instrument/');
    expect(context.tb).toBe(TB);
  });
});

describe('compacted JSON-LD', () => {
  const { top, byId } = nodesOf(serialize(sampleDataset(), 'jsonld'));

  it('puts default-graph nodes first, then one object per named graph, in order', () => {
    expect(top.map((entry) => entry['@id'])).toEqual(['https://w3id.org/tbkg/dataset', 'doc:A/56/44', 'doc:CAT/C/KAZ/CO/2']);
    const documentGraph = top[2]['@graph'] as Node[];
    expect(documentGraph.map((node) => node['@id'])).toContain('doc:CAT/C/KAZ/CO/2#para_7');
    expect(Object.keys(top[2])).toEqual(['@id', '@graph']);
  });

  it('writes values that fit their term as plain strings', () => {
    const paragraph = byId.get('doc:CAT/C/KAZ/CO/2#para_7');
    expect(paragraph).toMatchObject({
      '@type': 'tb:Paragraph',
      number: '7',
      text: PARAGRAPH_TEXT,
      'dcterms:isPartOf': 'doc:CAT/C/KAZ/CO/2',
      hasPart: ['doc:CAT/C/KAZ/CO/2#para_7__concern', 'doc:CAT/C/KAZ/CO/2#para_7__rec'],
      heading: 'body:CAT/heading/definition-of-torture',
    });
    expect(byId.get('state:KAZ')).toMatchObject({ 'owl:sameAs': 'wd:Q232', iso3166Alpha3: 'KAZ' });
    expect(byId.get('doc:CAT/C/KAZ/CO/2')).toMatchObject({ adoptedOn: '2008-11-21', 'rdfs:seeAlso': 'https://undocs.org/CAT/C/KAZ/CO/2' });
    expect(byId.get('doc:CAT/C/KAZ/CO/2#para_7__rec__item_a__anchor')).toMatchObject({
      '@type': ['oa:TextPositionSelector', 'oa:TextQuoteSelector'],
      'oa:start': '1234',
      'oa:end': '1259',
    });
  });

  it('writes values that do not fit their term in full', () => {
    expect(byId.get('doc:CAT/C/KAZ/CO/2#para_7__concern')).toMatchObject({
      number: { '@value': '7.0', '@type': 'xsd:decimal' },
      text: [{ '@value': 'Concern in plain text, without a language tag' }, { '@value': 'Préoccupation', '@language': 'fr' }],
    });
    expect(byId.get('doc:CAT/C/KAZ/CO/2#followup')).toMatchObject({ deadline: { '@value': 'P1Y', '@type': 'xsd:duration' } });
    expect(byId.get('law:KAZ/criminal-code/art_347-1')).toMatchObject({ 'eli:title': { '@value': 'Пытки', '@language': 'ru' } });
  });

  it('orders keys "@id", "@type", then the others by code point', () => {
    for (const node of byId.values()) {
      const keys = Object.keys(node).filter((key) => !key.startsWith('@'));
      expect(keys).toEqual([...keys].sort());
      expect(Object.keys(node).slice(0, 1)).toEqual(['@id']);
    }
  });
});

describe('JSON-LD edge cases', () => {
  const s = namedNode('https://w3id.org/tbkg/doc/X#s');
  const g = namedNode('https://w3id.org/tbkg/doc/X');

  it('keeps an rdf:type that is a blank node or a literal as a property', async () => {
    const quads = [
      quad(s, namedNode(RDF_TYPE), namedNode(`${TB}Paragraph`), g),
      quad(s, namedNode(RDF_TYPE), blankNode('class'), g),
      quad(s, namedNode(RDF_TYPE), literal('not a class'), g),
    ];
    const text = serialize(quads, 'jsonld');
    expect(nodesOf(text).byId.get('doc:X#s')).toMatchObject({
      '@type': 'tb:Paragraph',
      'rdf:type': ['not a class', { '@id': '_:class' }],
    });
    expect(await canonicalNQuads(await parseJsonLd(text))).toBe(await canonicalNQuads(quads));
  });

  it('round-trips with a context that has no prefixes at all', async () => {
    const text = writeJsonLd(sampleDataset(), {});
    expect(text).toContain(`"@id": "${DOCUMENT_IRI}#para_7"`);
    expect(await canonicalNQuads(await parseJsonLd(text))).toBe(await canonicalNQuads(sampleDataset()));
  });

  it('round-trips blank-node graph names and subjects', async () => {
    const quads = [quad(blankNode('a'), namedNode(`${TB}label`), literal('x'), blankNode('graph'))];
    const text = serialize(quads, 'jsonld');
    expect(nodesOf(text).top[0]).toEqual({ '@id': '_:graph', '@graph': [{ '@id': '_:a', label: 'x' }] });
    expect(await canonicalNQuads(await parseJsonLd(text))).toBe(await canonicalNQuads(quads));
  });

  it('writes an empty @graph for no quads', () => {
    expect(JSON.parse(serialize([], 'jsonld'))['@graph']).toEqual([]);
  });

  it('refuses context features that would change what plain values mean', () => {
    expect(() => writeJsonLd([], { '@vocab': 'http://example.org/' })).toThrow(UnsupportedContextError);
    expect(() => writeJsonLd([], { list: { '@id': 'http://example.org/list', '@container': '@list' } as never })).toThrow(
      UnsupportedContextError,
    );
  });

  it('refuses an IRI whose scheme is a term of the context', () => {
    expect(() => serialize([quad(namedNode('tb:odd'), namedNode(`${TB}label`), literal('x'))], 'jsonld')).toThrow(UnrepresentableIriError);
  });
});
