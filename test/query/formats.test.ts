/** The result formats: W3C SPARQL 1.1 JSON, XML, CSV and TSV exactly, and the table for people. */
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { bindingsWriter, booleanText, resultsFormatFromExtension, type ResultsFormat } from '../../src/query/formats/index.js';
import type { Row } from '../../src/query/result.js';
import { parseTsvTerm, PrefixShortener, termToNTriples } from '../../src/query/terms.js';
import { projectPrefixes } from '../../src/serialize/index.js';

const { namedNode, literal, blankNode } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const variables = ['para', 'text', 'n', 'note'];
const rows: Row[] = [
  [namedNode('https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2#para_7'), literal('Torture, "ill-treatment"\tand\nmore', 'en'), literal('7', namedNode(`${XSD}integer`)), undefined],
  [blankNode('b0'), literal('plain <&>'), literal('P1Y', namedNode(`${XSD}duration`)), literal('x')],
];
const shortener = new PrefixShortener({ ...projectPrefixes(), ex: 'http://example.org/' });

function write(format: ResultsFormat, width?: number): string {
  const writer = bindingsWriter(format, { shortener, width });
  return writer.head(variables) + rows.map((r) => writer.row(r)).join('') + writer.end();
}

describe('SPARQL results formats', () => {
  it('writes SPARQL JSON: literal types, language tags, blank nodes, unbound left out', () => {
    expect(JSON.parse(write('json'))).toEqual({
      head: { vars: variables },
      results: {
        bindings: [
          {
            para: { type: 'uri', value: 'https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2#para_7' },
            text: { type: 'literal', value: 'Torture, "ill-treatment"\tand\nmore', 'xml:lang': 'en' },
            n: { type: 'literal', value: '7', datatype: `${XSD}integer` },
          },
          {
            para: { type: 'bnode', value: 'b0' },
            text: { type: 'literal', value: 'plain <&>' },
            n: { type: 'literal', value: 'P1Y', datatype: `${XSD}duration` },
            note: { type: 'literal', value: 'x' },
          },
        ],
      },
    });
    expect(JSON.parse(booleanText('json', true))).toEqual({ head: {}, boolean: true });
  });

  it('writes SPARQL XML, escaped', () => {
    expect(write('xml')).toBe(
      [
        '<?xml version="1.0"?>',
        '<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
        '  <head>',
        '    <variable name="para"/>',
        '    <variable name="text"/>',
        '    <variable name="n"/>',
        '    <variable name="note"/>',
        '  </head>',
        '  <results>',
        '    <result>',
        '      <binding name="para"><uri>https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2#para_7</uri></binding>',
        '      <binding name="text"><literal xml:lang="en">Torture, &quot;ill-treatment&quot;\tand\nmore</literal></binding>',
        `      <binding name="n"><literal datatype="${XSD}integer">7</literal></binding>`,
        '    </result>',
        '    <result>',
        '      <binding name="para"><bnode>b0</bnode></binding>',
        '      <binding name="text"><literal>plain &lt;&amp;&gt;</literal></binding>',
        `      <binding name="n"><literal datatype="${XSD}duration">P1Y</literal></binding>`,
        '      <binding name="note"><literal>x</literal></binding>',
        '    </result>',
        '  </results>',
        '</sparql>',
        '',
      ].join('\n'),
    );
    expect(booleanText('xml', false)).toContain('<boolean>false</boolean>');
  });

  it('writes CSV with plain values, quoted where needed, CRLF line ends', () => {
    expect(write('csv')).toBe(
      'para,text,n,note\r\n' +
        'https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2#para_7,"Torture, ""ill-treatment""\tand\nmore",7,\r\n' +
        '_:b0,plain <&>,P1Y,x\r\n',
    );
  });

  it('writes TSV with every term in N-Triples syntax, tabs and newlines escaped', () => {
    expect(write('tsv')).toBe(
      '?para\t?text\t?n\t?note\n' +
        `<https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2#para_7>\t"Torture, \\"ill-treatment\\"\\tand\\nmore"@en\t"7"^^<${XSD}integer>\t\n` +
        `_:b0\t"plain <&>"\t"P1Y"^^<${XSD}duration>\t"x"\n`,
    );
  });

  it('reads back every TSV term it writes, and the short forms Oxigraph writes', () => {
    for (const row of rows) for (const term of row) if (term) expect(parseTsvTerm(termToNTriples(term)).equals(term)).toBe(true);
    expect(parseTsvTerm('5').equals(literal('5', namedNode(`${XSD}integer`)))).toBe(true);
    expect(parseTsvTerm('-1.5').equals(literal('-1.5', namedNode(`${XSD}decimal`)))).toBe(true);
    expect(parseTsvTerm('1.0E3').equals(literal('1.0E3', namedNode(`${XSD}double`)))).toBe(true);
    expect(parseTsvTerm('true').equals(literal('true', namedNode(`${XSD}boolean`)))).toBe(true);
    expect(parseTsvTerm('"\\u00E9t\\u00E9"').equals(literal('été'))).toBe(true);
    const triple = parseTsvTerm('<<( <http://a> <http://b> "c" )>>') as RDF.Quad;
    expect(triple.termType).toBe('Quad');
    expect(triple.object.equals(literal('c'))).toBe(true);
  });
});

describe('the table', () => {
  it('keeps the projection order, shortens IRIs by prefix and keeps language tags and datatypes', () => {
    expect(write('table')).toBe(
      [
        '+---------------------------+--------------------------------------------+---------------------+------+',
        '| para                      | text                                       | n                   | note |',
        '+===========================+============================================+=====================+======+',
        '| doc:CAT/C/KAZ/CO/2#para_7 | "Torture, \\"ill-treatment\\"\\tand\\nmore"@en | "7"^^xsd:integer    |      |',
        '| _:b0                      | "plain <&>"                                | "P1Y"^^xsd:duration | "x"  |',
        '+---------------------------+--------------------------------------------+---------------------+------+',
        '',
      ].join('\n'),
    );
  });

  it('wraps long cells to the width of the terminal', () => {
    const text = write('table', 60);
    for (const line of text.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    expect(text).toContain('| doc:CAT/C/KAZ/ |');
    expect(text).toContain('| CO/2#para_7    |');
    expect(text).toContain('| "Torture,      |');
  });

  it('guesses the format of -o from its extension', () => {
    expect(resultsFormatFromExtension('out.srj')).toBe('json');
    expect(resultsFormatFromExtension('OUT.JSON')).toBe('json');
    expect(resultsFormatFromExtension('out.srx')).toBe('xml');
    expect(resultsFormatFromExtension('a.b/out.csv')).toBe('csv');
    expect(resultsFormatFromExtension('out.tsv')).toBe('tsv');
    expect(resultsFormatFromExtension('out.txt')).toBe('table');
    expect(resultsFormatFromExtension('out.ttl')).toBeUndefined();
  });
});
