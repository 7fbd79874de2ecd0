import { readFileSync } from 'node:fs';
import { DataFactory } from 'n3';
import type { Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { formatReport, validateQuads } from '../../src/validate/shacl.js';
import type { ValidationReport, ValidationResult } from '../../src/validate/shacl.js';
import { BASE, DOC, parseTurtle, sampleQuads } from './sample-graph.js';

const { namedNode, literal, quad } = DataFactory;

const TB = 'https://w3id.org/tbkg/ontology#';
const OA = 'http://www.w3.org/ns/oa#';
const ELI = 'http://data.europa.eu/eli/ontology#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const SH = 'http://www.w3.org/ns/shacl#';

const PREFIXES: Record<string, string> = {
  tb: TB,
  eli: ELI,
  dcterms: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  oa: OA,
  owl: 'http://www.w3.org/2002/07/owl#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
};

const node = (fragment: string) => `${DOC}#${fragment}`;

function isTriple(q: Quad, subject: string, predicate: string): boolean {
  return q.subject.value === subject && q.predicate.value === predicate;
}

function without(quads: Quad[], subject: string, predicate: string): Quad[] {
  const kept = quads.filter((q) => !isTriple(q, subject, predicate));
  expect(kept.length, `the sample has ${subject} ${predicate}`).toBeLessThan(quads.length);
  return kept;
}

function withObject(quads: Quad[], subject: string, predicate: string, object: Quad['object']): Quad[] {
  return [...without(quads, subject, predicate), quad(namedNode(subject), namedNode(predicate), object)];
}

function resultsFor(report: ValidationReport, focusNode: string): ValidationResult[] {
  return report.results.filter((r) => r.focusNode === focusNode);
}

describe('the sample graph of docs/graph.md', () => {
  it('conforms to the shapes', async () => {
    const report = await validateQuads(sampleQuads());
    expect(formatReport(report)).toBe('conforms');
    expect(report).toEqual({ conforms: true, results: [] });
  });

  it('conforms when every quad sits in the named graph of its document', async () => {
    const graph = namedNode(DOC);
    const quads = sampleQuads().map((q) => quad(q.subject, q.predicate, q.object, graph));
    expect((await validateQuads(quads)).conforms).toBe(true);
  });

  it('conforms when its nodes are split over several named graphs', async () => {
    // A paragraph typed in one graph, its document typed in another: the union is what counts.
    const quads = sampleQuads().map((q, i) => quad(q.subject, q.predicate, q.object, namedNode(`${BASE}graph/${i % 3}`)));
    expect((await validateQuads(quads)).conforms).toBe(true);
  });

  it('conforms with an English eli:title and a law of a State that is not typed in the graph', async () => {
    const article = `${BASE}law/KAZ/criminal-code/art_347-1`;
    const code = `${BASE}law/KAZ/criminal-code`;
    let quads = withObject(sampleQuads(), article, `${ELI}title`, literal('Coercion to make a confession', 'en'));
    quads = withObject(quads, code, `${ELI}jurisdiction`, namedNode(`${BASE}state/UZB`));
    expect((await validateQuads(quads)).results).toEqual([]);
  });

  it('uses every class and property of docs/graph.md', () => {
    const spec = readFileSync(new URL('../../docs/graph.md', import.meta.url), 'utf8');
    const termPattern = new RegExp(`\\b(${Object.keys(PREFIXES).join('|')}):([A-Za-z_]+)\\b`, 'g');
    const specTerms = new Set([...spec.matchAll(termPattern)].map(([, prefix, local]) => PREFIXES[prefix!] + local));
    const used = new Set(sampleQuads().flatMap((q) => [q.predicate.value, q.object.value]));
    expect([...specTerms].filter((term) => !used.has(term))).toEqual([]);
  });

  it('has each of its classes targeted and each of its properties constrained by a shape', () => {
    const shapes = parseTurtle(readFileSync(new URL('../../ontology/shapes.ttl', import.meta.url), 'utf8'));
    const targets = new Set(shapes.filter((q) => q.predicate.value === `${SH}targetClass`).map((q) => q.object.value));
    const paths = new Set(
      shapes
        .filter((q) => q.predicate.value === `${SH}path` || q.predicate.value === `${SH}inversePath`)
        .map((q) => q.object.value),
    );
    const sample = sampleQuads();
    const classes = new Set(sample.filter((q) => q.predicate.value === RDF_TYPE).map((q) => q.object.value));
    const properties = new Set(sample.map((q) => q.predicate.value));
    expect([...classes].filter((c) => !targets.has(c))).toEqual([]);
    expect([...properties].filter((p) => !paths.has(p))).toEqual([]);
  });
});

describe('a broken graph', () => {
  it('reports a recommendation without tb:text', async () => {
    const report = await validateQuads(without(sampleQuads(), node('para_7__rec'), `${TB}text`));
    expect(report.conforms).toBe(false);
    expect(report.results).toEqual([
      expect.objectContaining({
        focusNode: node('para_7__rec'),
        path: `${TB}text`,
        severity: 'Violation',
        message: 'A recommendation must have exactly one tb:text.',
      }),
    ]);
  });

  it('reports a paragraph without tb:number', async () => {
    const report = await validateQuads(without(sampleQuads(), node('para_7'), `${TB}number`));
    expect(report.results).toEqual([
      expect.objectContaining({
        focusNode: node('para_7'),
        path: `${TB}number`,
        message: 'A paragraph must have exactly one tb:number.',
      }),
    ]);
  });

  it('reports a tb:number that is a string, once, with its value', async () => {
    const quads = withObject(sampleQuads(), node('para_7'), `${TB}number`, literal('7'));
    const report = await validateQuads(quads);
    expect(report.results).toEqual([
      expect.objectContaining({
        focusNode: node('para_7'),
        path: `${TB}number`,
        value: '"7"',
        message: expect.stringContaining('positive xsd:integer'),
      }),
    ]);
    expect(formatReport(report)).toBe(
      `Violation <${node('para_7')}> tb:number: The tb:number of a paragraph must be a positive xsd:integer (7, not "7"). (value "7")\n` +
        '1 violation',
    );
  });

  it('reports an anchor that starts after it ends', async () => {
    const anchor = node('para_7__rec__anchor');
    const quads = withObject(sampleQuads(), anchor, `${OA}start`, literal('999999', namedNode(`${XSD}nonNegativeInteger`)));
    const report = await validateQuads(quads);
    expect(report.results).toEqual([
      expect.objectContaining({
        focusNode: anchor,
        path: `${OA}start`,
        value: `"999999"^^<${XSD}nonNegativeInteger>`,
        message: 'The oa:start of an anchor must not be greater than its oa:end.',
      }),
    ]);
  });

  it('reports oa:start written as a plain xsd:integer', async () => {
    const anchor = node('para_7__anchor');
    const quads = withObject(sampleQuads(), anchor, `${OA}start`, literal('5000', namedNode(`${XSD}integer`)));
    const [result, ...rest] = resultsFor(await validateQuads(quads), anchor);
    expect(rest).toEqual([]);
    expect(result?.message).toContain('xsd:nonNegativeInteger');
  });

  it('reports a tb:text without language tag', async () => {
    const item = node('para_7__rec__item_a');
    const quads = withObject(sampleQuads(), item, `${TB}text`, literal('Publicly and unambiguously condemn torture;'));
    const report = await validateQuads(quads);
    expect(report.results).toEqual([
      expect.objectContaining({
        focusNode: item,
        path: `${TB}text`,
        value: '"Publicly and unambiguously condemn torture;"',
        message: expect.stringContaining('English string with a language tag'),
      }),
    ]);
  });

  it('reports a tb:text in another language', async () => {
    const quads = withObject(sampleQuads(), node('para_36'), `${TB}text`, literal('Le Comité demande', 'fr'));
    const [result] = (await validateQuads(quads)).results;
    expect(result).toMatchObject({ focusNode: node('para_36'), value: '"Le Comité demande"@fr' });
  });

  it('reports a follow-up request without tb:followUpOn', async () => {
    const report = await validateQuads(without(sampleQuads(), node('followup'), `${TB}followUpOn`));
    expect(report.results).toEqual([
      expect.objectContaining({
        focusNode: node('followup'),
        path: `${TB}followUpOn`,
        message: 'A follow-up request must name at least one paragraph with tb:followUpOn.',
      }),
    ]);
  });

  it('reports a deadline that is neither a duration nor a date', async () => {
    const quads = withObject(sampleQuads(), node('followup'), `${TB}deadline`, literal('within one year'));
    const [result] = (await validateQuads(quads)).results;
    expect(result).toMatchObject({ focusNode: node('followup'), path: `${TB}deadline`, value: '"within one year"' });
  });

  it('checks the class of a part without inference: an item is not a part', async () => {
    const quads = [
      ...sampleQuads(),
      quad(namedNode(node('para_7')), namedNode(`${TB}hasPart`), namedNode(node('para_7__rec__item_a'))),
    ];
    const messages = (await validateQuads(quads)).results.map((r) => r.message);
    expect(messages).toContain('tb:hasPart must point to a tb:Concern, a tb:Recommendation or a tb:PositiveAspect.');
  });

  it('reports a part that belongs to no paragraph, on the inverse path', async () => {
    const quads = sampleQuads().filter((q) => !(q.predicate.value === `${TB}hasPart` && q.object.value === node('para_7__concern')));
    const report = await validateQuads(quads);
    expect(report.results).toEqual([
      expect.objectContaining({ focusNode: node('para_7__concern'), path: `^${TB}hasPart` }),
    ]);
    expect(formatReport(report)).toContain(' ^tb:hasPart: A part must be the tb:hasPart of exactly one tb:Paragraph.');
  });

  it('reports an anchor that is not also an oa:TextQuoteSelector', async () => {
    const anchor = node('section_C__anchor');
    const quads = sampleQuads().filter((q) => !(isTriple(q, anchor, RDF_TYPE) && q.object.value === `${OA}TextQuoteSelector`));
    const [result, ...rest] = (await validateQuads(quads)).results;
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ focusNode: anchor, path: RDF_TYPE });
    expect(result?.message).toContain('oa:TextQuoteSelector is missing');
  });

  it('reports a domestic law without jurisdiction', async () => {
    const code = `${BASE}law/KAZ/criminal-code`;
    const report = await validateQuads(without(sampleQuads(), code, `${ELI}jurisdiction`));
    expect(report.results).toEqual([
      expect.objectContaining({ focusNode: code, message: expect.stringContaining('must have an eli:jurisdiction') }),
    ]);
    expect(report.results[0]?.path).toBeUndefined();
  });

  it('accepts an untyped pinpoint of tb:reiterates but not a literal', async () => {
    const rec = node('para_17__rec');
    const quads = withObject(sampleQuads(), rec, `${TB}reiterates`, literal('A/56/44, para. 129 (e)'));
    const [result] = (await validateQuads(quads)).results;
    expect(result).toMatchObject({ focusNode: rec, path: `${TB}reiterates` });
  });

  it('reports a paragraph IRI that does not end with #para_N', async () => {
    const quads = sampleQuads().map((q) =>
      q.subject.value === node('para_36') ? quad(namedNode(node('paragraph-36')), q.predicate, q.object) : q,
    );
    const report = await validateQuads(quads);
    expect(resultsFor(report, node('paragraph-36')).map((r) => r.message)).toContain(
      'A paragraph must be named {document}#para_{number}.',
    );
  });
});

describe('formatReport', () => {
  const result = (focusNode: string, message: string, extra: Partial<ValidationResult> = {}): ValidationResult => ({
    focusNode,
    message,
    severity: 'Violation',
    ...extra,
  });

  it('sorts by severity, focus node and path, and counts each severity', () => {
    const report: ValidationReport = {
      conforms: false,
      results: [
        result('https://example.org/b', 'Second.', { path: `${TB}text` }),
        result('_:x', 'Blank.', { severity: 'Warning' }),
        result('https://example.org/a', 'First.', { path: `${TB}number`, value: `"7"^^<${XSD}string>` }),
        result('https://example.org/b', 'Before second.', { path: `${TB}label` }),
      ],
    };
    expect(formatReport(report)).toBe(
      [
        'Violation <https://example.org/a> tb:number: First. (value "7"^^xsd:string)',
        'Violation <https://example.org/b> tb:label: Before second.',
        'Violation <https://example.org/b> tb:text: Second.',
        'Warning _:x: Blank.',
        '3 violations, 1 warning',
      ].join('\n'),
    );
    const reversed = { ...report, results: [...report.results].reverse() };
    expect(formatReport(reversed)).toBe(formatReport(report));
  });

  it('keeps the reports of concurrent validations apart', async () => {
    const [good, bad] = await Promise.all([
      validateQuads(sampleQuads()),
      validateQuads(without(sampleQuads(), node('para_7__rec'), `${TB}text`)),
    ]);
    expect(good.conforms).toBe(true);
    expect(bad.results.map((r) => r.focusNode)).toEqual([node('para_7__rec')]);
  });

  it('gives the same report for the same broken graph, whatever the order of the quads', async () => {
    const quads = without(without(sampleQuads(), node('para_7__rec'), `${TB}text`), node('para_17'), `${TB}number`);
    const forward = await validateQuads(quads);
    const backward = await validateQuads([...quads].reverse());
    expect(forward.results).toHaveLength(2);
    expect(formatReport(backward)).toBe(formatReport(forward));
    expect(backward).toEqual(forward);
  });
});
