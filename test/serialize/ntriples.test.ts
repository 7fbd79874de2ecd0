import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { nquadsLine, ntriplesLine, termToNTriples, writeNQuads, writeNTriples } from '../../src/serialize/index.js';
import { blankNodeLabel } from '../../src/serialize/blank-nodes.js';
import { compareCodePoints, sortByCodePoint } from '../../src/serialize/order.js';
import { sampleDataset } from './sample-graph.js';

const { namedNode, literal, blankNode, quad, defaultGraph } = DataFactory;
const s = namedNode('http://example.org/s');
const p = namedNode('http://example.org/p');
const g = namedNode('http://example.org/g');

describe('N-Triples terms', () => {
  it('escapes only ", \\, LF and CR in literals, as canonical N-Triples (RDF 1.1) wants', () => {
    const value = 'say "hi" \\ now\nthen\rtab\there \u0001\u007f “curly” 𝔸';
    expect(termToNTriples(literal(value))).toBe('"say \\"hi\\" \\\\ now\\nthen\\rtab\there \u0001\u007f “curly” 𝔸"');
  });

  it('writes language tags, datatypes, and xsd:string without its datatype', () => {
    expect(termToNTriples(literal('texte', 'fr'))).toBe('"texte"@fr');
    expect(termToNTriples(literal('7', namedNode('http://www.w3.org/2001/XMLSchema#integer')))).toBe(
      '"7"^^<http://www.w3.org/2001/XMLSchema#integer>',
    );
    expect(termToNTriples(literal('x', namedNode('http://www.w3.org/2001/XMLSchema#string')))).toBe('"x"');
  });

  it('writes IRIs with # and / as they are, and escapes what IRIREF forbids', () => {
    expect(termToNTriples(namedNode('https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2#para_7'))).toBe(
      '<https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2#para_7>',
    );
    expect(termToNTriples(namedNode('http://example.org/a b>'))).toBe('<http://example.org/a\\u0020b\\u003E>');
  });

  it('keeps blank-node labels that are safe and spells out the others without collisions', () => {
    expect(termToNTriples(blankNode('b0'))).toBe('_:b0');
    expect(termToNTriples(blankNode('n3-12'))).toBe('_:n3-12');
    const labels = ['a b', 'x_1', 'x_0061', '1st', '-', '', 'é', 'a'];
    const written = labels.map(blankNodeLabel);
    expect(new Set(written).size).toBe(labels.length);
    for (const label of written) expect(label).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/);
  });
});

describe('N-Triples and N-Quads lines', () => {
  it('writes one statement per line, with the graph only in N-Quads', () => {
    const named = quad(s, p, literal('o'), g);
    expect(ntriplesLine(named)).toBe('<http://example.org/s> <http://example.org/p> "o" .\n');
    expect(nquadsLine(named)).toBe('<http://example.org/s> <http://example.org/p> "o" <http://example.org/g> .\n');
    expect(nquadsLine(quad(s, p, blankNode('b1'), defaultGraph()))).toBe('<http://example.org/s> <http://example.org/p> _:b1 .\n');
    expect(nquadsLine(quad(s, p, s, blankNode('g1')))).toBe('<http://example.org/s> <http://example.org/p> <http://example.org/s> _:g1 .\n');
  });

  it('sorts lines by code point, not by UTF-16 code unit', () => {
    const fullwidth = quad(s, p, literal('\uFF21'));
    const astral = quad(s, p, literal('\u{1D538}'));
    expect(writeNTriples([astral, fullwidth])).toBe(
      '<http://example.org/s> <http://example.org/p> "\uFF21" .\n<http://example.org/s> <http://example.org/p> "\u{1D538}" .\n',
    );
    expect(compareCodePoints('\uFF21', '\u{1D538}')).toBeLessThan(0);
    expect(compareCodePoints('\u{1D538}', '\u{1D539}')).toBeLessThan(0);
    expect(compareCodePoints('a', 'ab')).toBeLessThan(0);
    expect(sortByCodePoint(['\u{1D538}', '\uFFFD', 'z', '\uD7FF'])).toEqual(['z', '\uD7FF', '\uFFFD', '\u{1D538}']);
  });

  it('writes each statement once; N-Triples merges the graphs', () => {
    const quads = [quad(s, p, literal('o'), g), quad(s, p, literal('o'), g), quad(s, p, literal('o'), defaultGraph())];
    expect(writeNQuads(quads).split('\n').filter(Boolean)).toHaveLength(2);
    expect(writeNTriples(quads).split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('writes the sample dataset as sorted lines, all ending in " .\\n"', () => {
    const text = writeNQuads(sampleDataset());
    const lines = text.split('\n').slice(0, -1);
    expect(text.endsWith(' .\n')).toBe(true);
    expect(lines).toEqual(sortByCodePoint([...lines]));
    for (const line of lines) expect(line).toMatch(/^(<[^>]*>|_:\S+) <[^>]*> .* \.$/);
  });
});
