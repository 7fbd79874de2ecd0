/**
 * The seed's graph as written by the CLI: every serialization parses back,
 * in a second and independent parser, to the graph the library built, and
 * that graph conforms to the SHACL shapes (which catch it when broken).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertFile } from '../../src/pipeline.js';
import { validateQuads } from '../../src/validate/shacl.js';
import { parseJsonLd, parseWithN3, parseWithRdfCanonize, parseWithRdflib } from '../serialize/parsers.js';
import { SEED, scratchDir, tbkg } from '../support/cli.js';
import { isomorphic } from '../support/isomorphic.js';

let quads: Quad[];
let dir: string;

beforeAll(async () => {
  quads = (await convertFile(SEED)).quads;
  dir = scratchDir();
});

function written(ext: string): string {
  const out = join(dir, `kaz.${ext}`);
  const run = tbkg(['convert', SEED, '-o', out, '-q']);
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('the seed in every serialization, read back by another parser', () => {
  it('Turtle (rdflib.js)', async () => {
    expect(await isomorphic(await parseWithRdflib(written('ttl'), 'text/turtle'), quads, false)).toBe(true);
  });
  it('N-Triples (rdf-canonize)', async () => {
    expect(await isomorphic(parseWithRdfCanonize(written('nt')), quads, false)).toBe(true);
  });
  it('N-Quads (rdf-canonize), one named graph: the document', async () => {
    const parsed = parseWithRdfCanonize(written('nq'));
    expect(new Set(parsed.map((q) => q.graph.value))).toEqual(new Set(['https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2']));
    expect(await isomorphic(parsed, quads, true)).toBe(true);
  });
  it('TriG (N3.js)', async () => {
    expect(await isomorphic(parseWithN3(written('trig'), 'application/trig'), quads, true)).toBe(true);
  });
  it('JSON-LD (jsonld.js), with its context embedded', async () => {
    const text = written('jsonld');
    expect(JSON.parse(text)['@context']).toBeTypeOf('object');
    expect(await isomorphic(await parseJsonLd(text), quads, true)).toBe(true);
  });
});

describe('the seed against ontology/shapes.ttl', () => {
  it('conforms', async () => {
    const report = await validateQuads(quads);
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('catches a recommendation without text and a paragraph without a number', async () => {
    const doc = 'https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2';
    const broken = quads.filter((q) =>
      !(q.subject.value === `${doc}#para_7__rec` && q.predicate.value.endsWith('#text')) &&
      !(q.subject.value === `${doc}#para_9` && q.predicate.value.endsWith('#number')));
    expect(broken.length).toBe(quads.length - 2);
    const report = await validateQuads(broken);
    expect(report.conforms).toBe(false);
    const focus = report.results.map((r) => `${r.focusNode} ${r.path}`);
    expect(focus).toContain(`${doc}#para_7__rec https://w3id.org/tbkg/ontology#text`);
    expect(focus).toContain(`${doc}#para_9 https://w3id.org/tbkg/ontology#number`);
  });

  it('tbkg validate exits 1 on a broken dump and prints the violation', async () => {
    const text = written('nt').split('\n').filter((l) => !l.startsWith(`<https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2#para_7__rec> <https://w3id.org/tbkg/ontology#text>`)).join('\n');
    const file = join(dir, 'broken.nt');
    (await import('node:fs')).writeFileSync(file, text);
    const run = tbkg(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('para_7__rec');
    expect(tbkg(['validate', SEED]).status).toBe(0);
  });
});
