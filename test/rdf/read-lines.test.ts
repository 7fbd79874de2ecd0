/**
 * N-Quads and N-Triples files read as they stream (stats, load): pieces of
 * a megabyte cut at line ends, canonical lines by the fast reader, others by
 * N3's parser, the same quads either way; errors at the file's line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { eachQuadOfLines } from '../../src/rdf/read.js';
import { nquadsLine } from '../../src/serialize/index.js';
import { scratchDir } from '../support/cli.js';

const EX = 'https://example.org/';

/** About 3 MB of lines with two-byte and astral characters, so that pieces end inside a line and inside a character. */
function bigDump(): string {
  const lines: string[] = [];
  for (let i = 0; i < 12_000; i++) {
    lines.push(`<${EX}doc/${i}#para_1> <${EX}text> "Paragraph ${i}: the Committee’s “concern” 𝒳 ${'é'.repeat(i % 97)}"@en <${EX}doc/${i}> .\n`);
    lines.push(`<${EX}doc/${i}#para_1> <${EX}number> "${i}"^^<http://www.w3.org/2001/XMLSchema#integer> <${EX}doc/${i}> .\n`);
  }
  return lines.join('');
}

async function read(path: string, syntax: 'nquads' | 'ntriples'): Promise<string[]> {
  const lines: string[] = [];
  await eachQuadOfLines(path, syntax, (q: Quad) => {
    lines.push(nquadsLine(q));
  });
  return lines;
}

describe('eachQuadOfLines', () => {
  it('reads a dump of several pieces as N3 reads it, gzipped or not', async () => {
    const dir = scratchDir();
    const text = bigDump();
    writeFileSync(join(dir, 'dump.nq'), text);
    writeFileSync(join(dir, 'dump.nq.gz'), gzipSync(text));
    const expected = new Parser({ format: 'application/n-quads' }).parse(text).map(nquadsLine);
    expect(await read(join(dir, 'dump.nq'), 'nquads')).toEqual(expected);
    expect(await read(join(dir, 'dump.nq.gz'), 'nquads')).toEqual(expected);
  });

  it('reads lines the fast reader leaves (blank nodes, comments, no final line break) with N3, labels as written', async () => {
    const dir = scratchDir();
    const text = `${bigDump()}# a comment\n_:b1 <${EX}p> "x" <${EX}g> .\n_:b1 <${EX}q> <${EX}o> <${EX}g> .\n<${EX}s> <${EX}p> "last"`;
    writeFileSync(join(dir, 'dump.nq'), `${text} .`);
    const lines = await read(join(dir, 'dump.nq'), 'nquads');
    expect(lines.length).toBe(24_003);
    expect(lines.filter((l) => l.startsWith('_:b1 '))).toHaveLength(2);
    expect(lines.at(-1)).toBe(`<${EX}s> <${EX}p> "last" .\n`);
  });

  it('names the line of the file where a line deep in it is wrong', async () => {
    const dir = scratchDir();
    const text = bigDump().split('\n');
    text.splice(20_000, 0, `<${EX}s> <${EX}p> "unterminated <${EX}g> .`);
    writeFileSync(join(dir, 'dump.nq'), text.join('\n'));
    await expect(read(join(dir, 'dump.nq'), 'nquads')).rejects.toMatchObject({ file: join(dir, 'dump.nq'), line: 20_001 });
  });

  it('refuses a graph term in N-Triples, as N3 does', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'dump.nt'), `<${EX}s> <${EX}p> <${EX}o> .\n<${EX}s> <${EX}p> <${EX}o> <${EX}g> .\n`);
    await expect(read(join(dir, 'dump.nt'), 'ntriples')).rejects.toMatchObject({ line: 2 });
  });

  it('refuses bytes that are not UTF-8', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'dump.nq'), Buffer.concat([Buffer.from(`<${EX}s> <${EX}p> "`), Buffer.from([0xff, 0xfe]), Buffer.from('" .\n')]));
    await expect(read(join(dir, 'dump.nq'), 'nquads')).rejects.toThrow(/not UTF-8/);
  });
});
