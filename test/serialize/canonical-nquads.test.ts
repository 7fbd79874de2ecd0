/**
 * The fast reader of canonical N-Quads against N3's parser: whatever the
 * characters of IRIs and literals (those IRIREF forbids, quotes,
 * backslashes, line breaks, tabs, astral-plane characters), language tags
 * and datatypes, the writers' output reads back to the same quads; what is
 * not canonical N-Quads is left to a general parser (undefined).
 */
import { DataFactory, Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { readCanonicalNQuads } from '../../src/serialize/canonical-nquads.js';
import { writeNQuads } from '../../src/serialize/index.js';

const { namedNode, literal, quad, defaultGraph } = DataFactory;
const EX = 'https://example.org/';

/** A small deterministic generator. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const CHARACTERS = ['a', 'Z', '0', '#', '/', ' ', '<', '>', '"', '{', '}', '|', '^', '`', '\\', '\n', '\r', '\t', '\u0000', '\u001f', 'é', '’', '\u4e2d', '\u{1D4B3}', '\uFFFD', '@', '.', '_', ':'];

/** What IRIREF allows: N3 refuses an IRI that holds any other character, escaped or not. */
const IRI_CHARACTERS = CHARACTERS.filter((c) => !/[\u0000-\u0020<>"{}|^`\\]/.test(c));

function text(next: () => number, max: number, characters = CHARACTERS): string {
  let out = '';
  const length = Math.floor(next() * max);
  for (let i = 0; i < length; i++) out += characters[Math.floor(next() * characters.length)];
  return out;
}

function randomQuads(seed: number, iriCharacters: string[]): Quad[] {
  const next = random(seed);
  const iri = () => namedNode(`${EX}${text(next, 6, iriCharacters)}`);
  const quads: Quad[] = [];
  for (let i = 0; i < 40; i++) {
    const kind = next();
    const object = kind < 0.3 ? iri()
      : kind < 0.55 ? literal(text(next, 30))
        : kind < 0.75 ? literal(text(next, 30), next() < 0.5 ? 'en' : 'en-GB')
          : kind < 0.9 ? literal(String(Math.floor(next() * 100)), namedNode('http://www.w3.org/2001/XMLSchema#integer'))
            // A datatype IRI with a quote in it is one N3's terms cannot hold (they keep a literal as one string).
            : literal(text(next, 10), namedNode(`${EX}${text(next, 6, IRI_CHARACTERS)}`));
    quads.push(quad(iri(), iri(), object, next() < 0.2 ? defaultGraph() : iri()));
  }
  return quads;
}

describe('readCanonicalNQuads', () => {
  it('reads what the writers write as N3 reads it, whatever the characters of literals', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const written = writeNQuads(randomQuads(seed, IRI_CHARACTERS));
      const fast = readCanonicalNQuads(written);
      expect(fast, `seed ${seed}`).toBeDefined();
      const general = new Parser({ format: 'application/n-quads' }).parse(written);
      expect(fast!.length).toBe(general.length);
      fast!.forEach((q, i) => expect(q.equals(general[i]!), `seed ${seed}, quad ${i}`).toBe(true));
      expect(writeNQuads(fast!)).toBe(written);
    }
  });

  it('reads back the very quads written, IRIs that IRIREF forbids included (written with escapes)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const quads = randomQuads(seed, CHARACTERS);
      const fast = readCanonicalNQuads(writeNQuads(quads));
      expect(fast, `seed ${seed}`).toBeDefined();
      expect(writeNQuads(fast!)).toBe(writeNQuads(quads));
    }
  });

  it('reads a plain line, a language tag, a datatype and the default graph', () => {
    const [a, b, c] = readCanonicalNQuads([
      `<${EX}s> <${EX}p> "x \\"y\\" \\\\ \\n z"@en-GB <${EX}g> .`,
      `<${EX}s> <${EX}p> "17"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
      `<${EX}a\\u0020b> <${EX}p> <${EX}o> <${EX}g> .`,
      '',
    ].join('\n'))!;
    expect(a!.object).toEqual(literal('x "y" \\ \n z', 'en-gb'));
    expect(a!.graph.equals(namedNode(`${EX}g`))).toBe(true);
    expect(b!.object.equals(literal('17', namedNode('http://www.w3.org/2001/XMLSchema#integer')))).toBe(true);
    expect(b!.graph.termType).toBe('DefaultGraph');
    expect(c!.subject.value).toBe(`${EX}a b`);
  });

  it('leaves to a general parser what is not canonical N-Quads', () => {
    const line = (object: string) => `<${EX}s> <${EX}p> ${object} <${EX}g> .\n`;
    for (const text of [
      `_:b0 <${EX}p> <${EX}o> .\n`,
      `# a comment\n${line('"x"')}`,
      line('"a\\tb"'),
      line('"\\U0001F600"'),
      line('"a\nb"'),
      line('"x"').slice(0, -1),
      line('"x"').replace(' .', '  .'),
      line('"x"@'),
      line('"x"^<http://example.org/t>'),
      line('<a b>'),
      line('<a\\u00e9>'),
      `<${EX}s> <${EX}p> "x" <${EX}g>.\n`,
    ]) {
      expect(readCanonicalNQuads(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});
