/**
 * The sinks of a corpus other than N-Quads, whose blocks are formatted in
 * worker threads when there are jobs for it: the same bytes as in one
 * thread, links merged into their document's block once each, and a block
 * that cannot be formatted failing the run without leaving an output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import type { DocumentDone } from '../../src/link/document.js';
import type { RdfFormat } from '../../src/serialize/index.js';
import { ROOT, scratchDir } from '../support/cli.js';

// The built sink: its workers run the built block worker (npm test builds first).
const { openSink } = (await import(join(ROOT, 'dist', 'link', 'sinks.js'))) as typeof import('../../src/link/sinks.js');

const { namedNode, quad } = DataFactory;
const BASE = 'https://w3id.org/tbkg/';
const DOC = `${BASE}doc/`;

function document(index: number, nquads: string): DocumentDone {
  const symbol = `CAT/C/X${index}/CO/1`;
  return {
    index, ok: true, path: `doc-${index}.txt`, symbol, nquads: new TextEncoder().encode(nquads),
    quadCount: nquads.split('\n').filter((l) => l.length > 0).length, paragraphs: 1, warnings: [],
    summary: { symbol, graph: `${DOC}${symbol}`, body: 'CAT', treaty: 'CAT', state: `X${index}` },
    record: { symbol, graph: `${DOC}${symbol}`, paragraphs: '1', holders: [], reiterations: [] },
  };
}

function lines(index: number): string {
  const g = `<${DOC}CAT/C/X${index}/CO/1>`;
  return [
    `${g} <http://purl.org/dc/terms/title> "Concluding observations on X${index}’s “first” report"@en ${g} .`,
    `<${DOC}CAT/C/X${index}/CO/1#para_1> <https://w3id.org/tbkg/ontology#text> "A \\"quoted\\" line\\nand 𝒳" ${g} .`,
    `<${DOC}CAT/C/X${index}/CO/1#para_1> <http://purl.org/dc/terms/isPartOf> ${g} ${g} .`,
  ].sort().join('\n') + '\n';
}

async function write(format: RdfFormat, jobs: number, out: string, bad?: number): Promise<number> {
  const sink = await openSink(format, BASE, out, jobs);
  const count = 12;
  try {
    for (let i = 0; i < count; i++) await sink.writeDocument(document(i, i === bad ? '<a> <b> "unterminated .\n' : lines(i)));
    for (let i = 0; i < count; i++) {
      const graph = namedNode(`${DOC}CAT/C/X${i}/CO/1`);
      const previous = i > 0 ? [quad(graph, namedNode(`${BASE}ontology#previousReview`), namedNode(`${DOC}CAT/C/X${i - 1}/CO/1`), graph)] : [];
      // A link that the document holds already is written once.
      const repeated = quad(namedNode(`${DOC}CAT/C/X${i}/CO/1#para_1`), namedNode('http://purl.org/dc/terms/isPartOf'), graph, graph);
      await sink.writeLinks([...previous, repeated, repeated]);
    }
    await sink.close();
  } catch (err) {
    await sink.discard();
    throw err;
  }
  return sink.quads;
}

describe('a corpus sink of blocks', () => {
  for (const format of ['turtle', 'ntriples', 'trig', 'jsonld'] as const) {
    it(`writes ${format} in worker threads byte for byte as in one thread`, async () => {
      const dir = scratchDir();
      const one = join(dir, 'one');
      const two = join(dir, 'two');
      const quadsOne = await write(format, 1, one);
      const quadsTwo = await write(format, 3, two);
      expect(quadsOne).toBe(12 * 3 + 11);
      expect(quadsTwo).toBe(quadsOne);
      expect(readFileSync(two).equals(readFileSync(one))).toBe(true);
      expect(readFileSync(one, 'utf8')).toContain('X3’s “first” report');
    });
  }

  for (const jobs of [1, 2]) {
    it(`fails the run on a block it cannot format, leaving no output (${jobs} ${jobs === 1 ? 'thread' : 'workers'})`, async () => {
      const dir = scratchDir();
      const out = join(dir, 'corpus.ttl');
      await expect(write('turtle', jobs, out, 7)).rejects.toThrow(/unterminated|Unexpected|line/i);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    });
  }
});
