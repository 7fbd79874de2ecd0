/**
 * Where a corpus goes, document by document, so that memory never holds
 * more than one document whatever the size of the corpus. Output goes to a
 * temporary file renamed at the end (a failed run leaves an earlier dump as
 * it was), or to standard output.
 *
 * N-Quads: each document's sorted lines as soon as it is done, the link
 * quads at the end. The other formats need a document's link quads in the
 * same block as the document (one graph block in TriG, one subject block per
 * node in Turtle): its lines wait in a spill file until the link phase
 * reaches it, then document and links are written as one block. One
 * document gives exactly the dump `serialize` writes of its quads; a corpus
 * gives one block per document in the order given, each with the prefixes
 * it uses (Turtle and TriG allow a directive between statements), so a node
 * that several documents describe (a State, an article of a treaty) is
 * described in each block, the same way: the graph is the same set.
 */
import type { WriteStream } from 'node:fs';
import { mkdtemp, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, type Quad } from 'n3';
import { projectContext, serialize, writeNQuads, type RdfFormat } from '../serialize/index.js';
import { JsonLdWriter } from '../serialize/jsonld.js';
import { nquadsLine } from '../serialize/ntriples.js';
import { openWriteStream, temporaryPathBeside } from '../files.js';
import type { DocumentDone } from './document.js';

export interface Sink {
  /** A converted document, in the order of the corpus; the number of quads written now. */
  writeDocument(doc: DocumentDone): Promise<number>;
  /** The link quads of the next document (called once per document, in the same order, links or not); the number of quads written now. */
  writeLinks(quads: Quad[]): Promise<number>;
  close(): Promise<void>;
  discard(): Promise<void>;
}

export async function openSink(format: RdfFormat, base: string, out: string | undefined): Promise<Sink> {
  const output = await Output.open(out);
  if (format === 'nquads') return new NQuadsSink(output);
  try {
    return await BlockSink.open(format, base, output);
  } catch (err) {
    await output.discard();
    throw err;
  }
}

/** The output: a temporary file renamed into place at the end, or standard output. */
class Output {
  private constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly temporary: string | undefined,
    private readonly out: string | undefined,
  ) {}

  static async open(out: string | undefined): Promise<Output> {
    if (out === undefined) return new Output(process.stdout, undefined, undefined);
    const temporary = temporaryPathBeside(out);
    return new Output(await openWriteStream(temporary), temporary, out);
  }

  async write(data: string | Uint8Array): Promise<void> {
    if (data.length === 0) return;
    if (!this.stream.write(data)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    if (this.temporary === undefined) return;
    const stream = this.stream as WriteStream;
    await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    await rename(this.temporary, this.out!);
  }

  async discard(): Promise<void> {
    if (this.temporary === undefined) return;
    const stream = this.stream as WriteStream;
    await new Promise<void>((resolve) => stream.end(() => resolve()));
    await rm(this.temporary, { force: true });
  }
}

class NQuadsSink implements Sink {
  constructor(private readonly output: Output) {}

  async writeDocument(doc: DocumentDone): Promise<number> {
    await this.output.write(doc.nquads);
    return doc.quadCount;
  }

  async writeLinks(quads: Quad[]): Promise<number> {
    if (quads.length === 0) return 0;
    const text = writeNQuads(quads);
    await this.output.write(text);
    return countLines(text);
  }

  close(): Promise<void> {
    return this.output.close();
  }

  discard(): Promise<void> {
    return this.output.discard();
  }
}

/** Turtle, N-Triples, TriG and JSON-LD: one block per document, its links in it. */
class BlockSink implements Sink {
  /** Byte lengths of the documents waiting in the spill file, in order. */
  private readonly lengths: number[] = [];
  private next = 0;
  private readAt = 0;
  private writeAt = 0;
  private blocks = 0;
  private readonly jsonLd: JsonLdWriter | undefined;

  private constructor(
    private readonly format: Exclude<RdfFormat, 'nquads'>,
    private readonly base: string,
    private readonly output: Output,
    private readonly spillDir: string,
    private readonly spill: FileHandle,
  ) {
    this.jsonLd = format === 'jsonld' ? new JsonLdWriter(projectContext(base)) : undefined;
  }

  static async open(format: Exclude<RdfFormat, 'nquads'>, base: string, output: Output): Promise<BlockSink> {
    const dir = await mkdtemp(join(tmpdir(), 'tbkg-documents-'));
    const spill = await open(join(dir, 'documents.nq'), 'w+');
    return new BlockSink(format, base, output, dir, spill);
  }

  async writeDocument(doc: DocumentDone): Promise<number> {
    await this.spill.write(doc.nquads, 0, doc.nquads.length, this.writeAt);
    this.writeAt += doc.nquads.length;
    this.lengths.push(doc.nquads.length);
    return 0;
  }

  async writeLinks(links: Quad[]): Promise<number> {
    const length = this.lengths[this.next++]!;
    const bytes = Buffer.allocUnsafe(length);
    await this.spill.read(bytes, 0, length, this.readAt);
    this.readAt += length;
    const text = bytes.toString('utf8');
    const quads = new Parser({ format: 'application/n-quads' }).parse(text);
    // A link quad may repeat one the document holds, or another link (two items of one cited paragraph).
    const lines = new Set(text.split('\n'));
    lines.delete('');
    for (const q of links) {
      const line = nquadsLine(q).slice(0, -1);
      if (lines.has(line)) continue;
      lines.add(line);
      quads.push(q);
    }
    await this.output.write(this.block(quads));
    return lines.size;
  }

  private block(quads: Quad[]): string {
    const first = this.blocks++ === 0;
    if (this.jsonLd) return `${first ? this.jsonLd.start() : ''}${this.jsonLd.batch(quads)}`;
    const text = serialize(quads, this.format, { base: this.base });
    // A blank line between the blocks of Turtle and TriG, as between their subjects.
    return first || this.format === 'ntriples' ? text : `\n${text}`;
  }

  async close(): Promise<void> {
    if (this.jsonLd) await this.output.write(this.blocks === 0 ? `${this.jsonLd.start()}${this.jsonLd.end()}` : this.jsonLd.end());
    await this.removeSpill();
    await this.output.close();
  }

  async discard(): Promise<void> {
    await this.removeSpill();
    await this.output.discard();
  }

  private async removeSpill(): Promise<void> {
    await this.spill.close().catch(() => undefined);
    await rm(this.spillDir, { recursive: true, force: true });
  }
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
