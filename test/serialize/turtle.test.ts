import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { serialize, writeTrig, writeTurtle } from '../../src/serialize/index.js';
import { parseWithN3, parseWithRdflib } from './parsers.js';
import { sampleDataset, sampleQuads } from './sample-graph.js';

const { namedNode, literal, blankNode, quad, defaultGraph } = DataFactory;
const TB = 'https://w3id.org/tbkg/ontology#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const DOC = 'https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2';
const tb = (local: string) => namedNode(`${TB}${local}`);
const type = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');

describe('Turtle layout', () => {
  it('writes used prefixes, subjects in order, rdf:type first as "a", then ";" and ","', () => {
    const graph = namedNode(DOC);
    const para = namedNode(`${DOC}#para_7`);
    const text = writeTurtle([
      quad(para, tb('text'), literal('Text', 'en'), graph),
      quad(para, tb('hasPart'), namedNode(`${DOC}#para_7__rec`), graph),
      quad(para, tb('hasPart'), namedNode(`${DOC}#para_7__concern`), graph),
      quad(para, tb('number'), literal('7', namedNode(`${XSD}integer`)), graph),
      quad(para, type, tb('Paragraph'), graph),
      quad(namedNode(DOC), type, tb('ConcludingObservations'), graph),
      quad(namedNode(DOC), tb('stateParty'), namedNode('https://w3id.org/tbkg/state/KAZ'), graph),
    ]);
    expect(text).toBe(
      [
        '@prefix cat_c_kaz_co_2: <https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2#> .',
        '@prefix state: <https://w3id.org/tbkg/state/> .',
        '@prefix tb: <https://w3id.org/tbkg/ontology#> .',
        '',
        '<https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2> a tb:ConcludingObservations ;',
        '    tb:stateParty state:KAZ .',
        '',
        'cat_c_kaz_co_2:para_7 a tb:Paragraph ;',
        '    tb:hasPart cat_c_kaz_co_2:para_7__concern ,',
        '        cat_c_kaz_co_2:para_7__rec ;',
        '    tb:number 7 ;',
        '    tb:text "Text"@en .',
        '',
      ].join('\n'),
    );
  });

  it('writes TriG with default-graph triples first, then one block per named graph', () => {
    const text = writeTrig([
      quad(namedNode('https://w3id.org/tbkg/doc/B'), tb('number'), literal('2', namedNode(`${XSD}integer`)), namedNode('https://w3id.org/tbkg/doc/B')),
      quad(namedNode('https://w3id.org/tbkg/doc/A'), tb('number'), literal('1', namedNode(`${XSD}integer`)), namedNode('https://w3id.org/tbkg/doc/A')),
      quad(namedNode('https://w3id.org/tbkg/dataset'), tb('label'), literal('all'), defaultGraph()),
    ]);
    expect(text).toBe(
      [
        '@prefix doc: <https://w3id.org/tbkg/doc/> .',
        '@prefix tb: <https://w3id.org/tbkg/ontology#> .',
        '',
        '<https://w3id.org/tbkg/dataset> tb:label "all" .',
        '',
        'doc:A {',
        '    doc:A tb:number 1 .',
        '}',
        '',
        'doc:B {',
        '    doc:B tb:number 2 .',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes nothing for no quads', () => {
    expect(writeTurtle([])).toBe('');
    expect(writeTrig([])).toBe('');
  });
});

describe('Turtle literals', () => {
  const text = serialize(sampleQuads(), 'turtle');

  it('never writes a number directly before ".", ";" or ","', () => {
    expect(text).not.toMatch(/[0-9][.;,]$/m);
    expect(text).toContain('    tb:number 7 ;\n');
    expect(text).toContain('    tb:ordinal 41 ;\n');
    expect(writeTurtle([quad(namedNode('http://example.org/s'), tb('number'), literal('5', namedNode(`${XSD}integer`)))])).toBe(
      '@prefix tb: <https://w3id.org/tbkg/ontology#> .\n\n<http://example.org/s> tb:number 5 .\n',
    );
  });

  it('writes bare only canonical numbers that survive a JavaScript number; booleans stay quoted', () => {
    expect(text).toContain('tb:score -3 ,\n');
    expect(text).toContain('        0.25 ,\n');
    expect(text).toContain('"007"^^xsd:integer');
    expect(text).toContain('"1.0"^^xsd:decimal');
    expect(text).toContain('"12345678901234567890"^^xsd:integer');
    expect(text).toContain('tb:verified "true"^^xsd:boolean .');
    expect(text).toContain('"P1Y"^^xsd:duration');
    expect(text).toContain('"1234"^^xsd:nonNegativeInteger');
  });

  it('keeps strings that look like numbers as strings', () => {
    expect(text).toContain('eli:number "347-1"');
    expect(text).toContain('eli:number "1" .');
  });

  it('escapes quotes, backslashes and control characters on one line, and keeps other characters', () => {
    expect(text).toContain(
      'tb:text "The State party should:\\n\\t(a) amend the \\"Criminal Code\\", paragraph 2\\\\3;\\r\\n\\t(b) report on “progress” — in full 𝔸 — \\u0001 before 2010."@en',
    );
    const del = writeTurtle([quad(namedNode('http://example.org/s'), tb('label'), literal('a\u007fb\u0000'))]);
    expect(del).toContain('tb:label "a\\u007Fb\\u0000" .');
  });

  it('keeps language tags and writes xsd:string literals plain', () => {
    expect(text).toContain('"Пытки"@ru');
    expect(text).toContain('skos:notation "C" ;');
    expect(text).not.toContain('xsd:string');
  });

  it('refuses a malformed language tag', () => {
    const bad = literal('x', 'en-');
    expect(() => writeTurtle([quad(namedNode('http://example.org/s'), tb('label'), bad)])).toThrow(/language tag/);
  });
});

describe('Turtle names', () => {
  const text = serialize(sampleDataset(), 'trig');

  it('writes a prefixed name only for a safe local name, the full IRI otherwise', () => {
    expect(text).toContain('state:KAZ a tb:StateParty ;');
    expect(text).toContain('owl:sameAs wd:Q232 ;');
    expect(text).toContain('<https://w3id.org/tbkg/law/KAZ/criminal-code/art_347-1__part_1> a eli:LegalResourceSubdivision ;');
    expect(text).toContain('<https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2> {');
    expect(text).not.toMatch(/\b(?:doc|law|treaty|body):[^\s]*\//);
  });

  it('gives each document namespace its own prefix', () => {
    expect(text).toContain('@prefix cat_c_kaz_co_2: <https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2#> .');
    expect(text).toContain('@prefix a_56_44: <https://w3id.org/tbkg/doc/A/56/44#> .');
    expect(text).toContain('tb:reiterates a_56_44:para_129__item_e ;');
  });

  it('declares only the prefixes it uses, in order', () => {
    const declared = [...text.matchAll(/^@prefix ([^:]*):/gm)].map((match) => match[1]);
    expect(declared).toEqual([...declared].sort());
    for (const name of declared) expect(text).toMatch(new RegExp(`[\\s^]${name}:[^\\s]`));
    expect(declared).not.toContain('cito');
    expect(declared).not.toContain('dcat');
  });

  it('uses other prefixes when given', () => {
    const out = writeTurtle([quad(namedNode('http://example.org/a'), namedNode('http://example.org/p'), namedNode('http://example.org/b'))], {
      prefixes: { ex: 'http://example.org/' },
    });
    expect(out).toBe('@prefix ex: <http://example.org/> .\n\nex:a ex:p ex:b .\n');
  });

  it('keeps safe blank-node labels and spells out the others, the same way every time', () => {
    const s = namedNode('http://example.org/s');
    const p = tb('label');
    const out = writeTurtle([quad(blankNode('n3-4'), p, literal('kept')), quad(blankNode('has space'), p, literal('spelled')), quad(s, p, blankNode('x_1'))]);
    expect(out).toContain('_:n3-4 tb:label "kept" .');
    expect(out).toContain('_:x_006800610073002000730070006100630065 tb:label "spelled" .');
    expect(out).toContain('<http://example.org/s> tb:label _:x_0078005f0031 .');
  });
});

describe('Turtle read by other parsers', () => {
  it('parses in rdflib.js and N3.js with the number forms intact', async () => {
    const text = serialize(sampleQuads(), 'turtle');
    const scores = (quads: Array<{ predicate: { value: string }; object: { value: string } }>) =>
      quads
        .filter((q) => q.predicate.value === `${TB}score`)
        .map((q) => q.object.value)
        .sort();
    const expected = ['-3', '0.25', '007', '1.0', '12345678901234567890'];
    expect(scores(await parseWithRdflib(text, 'text/turtle'))).toEqual(expected);
    expect(scores(parseWithN3(text, 'text/turtle'))).toEqual(expected);
  });
});
