/**
 * A document's quads straight to sorted N-Quads (the corpus path)
 * against the general writer over the same quads as RDF/JS objects: the
 * same bytes, whatever the characters (ASCII, typographic quotes, escapes,
 * astral-plane characters that put code-point order before code-unit
 * order, IRIs beyond ASCII).
 */
import { describe, expect, it } from 'vitest';
import { en, plain, QuadSet, typed } from '../../src/rdf/quad-set.js';
import { writeNQuads } from '../../src/serialize/index.js';

const EX = 'https://example.org/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

function sample(): QuadSet {
  const set = new QuadSet(`${EX}doc/CAT/C/KAZ/CO/2`);
  set.add(`${EX}a`, `${EX}text`, en('The Committee’s “concern”'));
  set.add(`${EX}a`, `${EX}text`, en('The Committee’s “concern”'));
  set.add(`${EX}a`, `${EX}label`, plain('plain ASCII'));
  set.add(`${EX}a`, `${EX}quote`, plain('a "quoted" line\nwith a break and a \\ backslash'));
  set.add(`${EX}a`, `${EX}number`, typed('17', `${XSD}integer`));
  set.add(`${EX}\uFFFD`, `${EX}label`, plain('replacement character'));
  set.add(`${EX}\u{1D4B3}`, `${EX}label`, plain('astral 𝒳 character'));
  set.add(`${EX}b`, `${EX}see`, `${EX}é`);
  set.add(`${EX}b`, `${EX}see`, `${EX}a`);
  set.add(`${EX}b`, `${EX}label`, en('Ürümqi'));
  // One value plain, tagged and typed: the keys of one subject's lines begin one another.
  set.add(`${EX}c`, `${EX}label`, { value: 'same', language: 'en-gb', datatype: '' });
  set.add(`${EX}c`, `${EX}label`, en('same'));
  set.add(`${EX}c`, `${EX}label`, plain('same'));
  set.add(`${EX}c`, `${EX}label`, typed('same', `${XSD}token`));
  set.add(`${EX}c`, `${EX}label`, plain('same\\'));
  return set;
}

describe('QuadSet', () => {
  it('writes each quad once, as the general N-Quads writer writes the same quads', () => {
    const set = sample();
    expect(set.size).toBe(14);
    expect(set.nquads()).toBe(writeNQuads(set.quads()));
  });

  it('gives the same N-Quads as UTF-8 bytes', () => {
    const set = sample();
    expect(Buffer.from(set.nquadsUtf8()).equals(Buffer.from(writeNQuads(set.quads()), 'utf8'))).toBe(true);
  });

  it('orders by code point: an astral character after U+FFFD', () => {
    const lines = sample().nquads().split('\n');
    const replacement = lines.findIndex((l) => l.startsWith(`<${EX}\uFFFD>`));
    const astral = lines.findIndex((l) => l.startsWith(`<${EX}\u{1D4B3}>`));
    expect(replacement).toBeGreaterThanOrEqual(0);
    expect(astral).toBeGreaterThan(replacement);
  });
});
