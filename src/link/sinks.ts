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
import type { Worker } from 'node:worker_threads';
import type { Quad } from 'n3';
import { writeNQuads, type RdfFormat } from '../serialize/index.js';
import { countLines, nquadsLine } from '../serialize/ntriples.js';
import { openWriteStream, temporaryPathBeside } from '../files.js';
import { formatBlock, jsonLdClosing, type BlockDone, type BlockFormat, type BlockTask } from './blocks.js';
import type { DocumentDone } from './document.js';
import { startWorker } from './threads.js';

export interface Sink {
  /** A converted document, in the order of the corpus. */
  writeDocument(doc: DocumentDone): Promise<void>;
  /** The link quads of the next document (called once per document, in the same order, links or not). */
  writeLinks(quads: Quad[]): Promise<void>;
  /** Everything written, then the output in place. */
  close(): Promise<void>;
  discard(): Promise<void>;
  /** The quads written, each document's and its links; all of them once closed. */
  readonly quads: number;
}

/** `jobs` above 1: the blocks of formats other than N-Quads are formatted in that many worker threads. */
export async function openSink(format: RdfFormat, base: string, out: string | undefined, jobs = 1): Promise<Sink> {
  const output = await Output.open(out);
  if (format === 'nquads') return new NQuadsSink(output);
  try {
    return await BlockSink.open(format, base, output, jobs);
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
  quads = 0;

  constructor(private readonly output: Output) {}

  async writeDocument(doc: DocumentDone): Promise<void> {
    await this.output.write(doc.nquads);
    this.quads += doc.quadCount;
  }

  async writeLinks(quads: Quad[]): Promise<void> {
    if (quads.length === 0) return;
    const text = writeNQuads(quads);
    await this.output.write(text);
    this.quads += countLines(text);
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
  private written = 0;
  private pool: BlockPool | undefined;

  private constructor(
    private readonly format: BlockFormat,
    private readonly base: string,
    private readonly output: Output,
    private readonly spillDir: string,
    private readonly spillPath: string,
    private readonly spill: FileHandle,
    private readonly jobs: number,
  ) {}

  static async open(format: BlockFormat, base: string, output: Output, jobs: number): Promise<BlockSink> {
    const dir = await mkdtemp(join(tmpdir(), 'tbkg-documents-'));
    const path = join(dir, 'documents.nq');
    const spill = await open(path, 'w+');
    return new BlockSink(format, base, output, dir, path, spill, jobs);
  }

  get quads(): number {
    return this.written + (this.pool?.quads ?? 0);
  }

  async writeDocument(doc: DocumentDone): Promise<void> {
    await this.spill.write(doc.nquads, 0, doc.nquads.length, this.writeAt);
    this.writeAt += doc.nquads.length;
    this.lengths.push(doc.nquads.length);
  }

  async writeLinks(links: Quad[]): Promise<void> {
    const length = this.lengths[this.next++]!;
    const offset = this.readAt;
    this.readAt += length;
    const task: BlockTask = {
      index: this.blocks, spill: this.spillPath, offset, length, links: links.map(nquadsLine).join(''),
      format: this.format, base: this.base, first: this.blocks === 0,
    };
    this.blocks++;
    if (this.jobs > 1) {
      // Blocks are formatted in worker threads, started for the link phase only, and written in order as they come.
      this.pool ??= new BlockPool(this.jobs, (bytes) => this.output.write(bytes));
      await this.pool.submit(task);
      return;
    }
    const bytes = Buffer.allocUnsafe(length);
    await this.spill.read(bytes, 0, length, offset);
    const { text, quads } = formatBlock(bytes.toString('utf8'), task.links, task.format, task.base, task.first);
    await this.output.write(text);
    this.written += quads;
  }

  async close(): Promise<void> {
    // A block that failed fails the run: the caller discards the output.
    await this.pool?.finish();
    if (this.format === 'jsonld') await this.output.write(jsonLdClosing(this.base, this.blocks));
    await this.removeSpill();
    await this.output.close();
  }

  async discard(): Promise<void> {
    await this.pool?.terminate();
    await this.removeSpill();
    await this.output.discard();
  }

  private async removeSpill(): Promise<void> {
    await this.spill.close().catch(() => undefined);
    await rm(this.spillDir, { recursive: true, force: true });
  }
}

const BLOCK_WORKER_URL = new URL('./block-worker.js', import.meta.url);

/**
 * Block tasks formatted by `jobs` worker threads, the blocks written in the
 * order submitted. At most a window of blocks is submitted and not yet
 * written: submit waits while it is full, so memory stays bounded.
 */
class BlockPool {
  quads = 0;
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: BlockTask[] = [];
  private readonly ready = new Map<number, BlockDone>();
  private readonly window: number;
  private submitted = 0;
  private nextToWrite = 0;
  private writing = false;
  private stopping = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(jobs: number, private readonly write: (bytes: Uint8Array) => Promise<void>) {
    this.window = jobs * 4;
    for (let i = 0; i < jobs; i++) {
      const worker = startWorker(BLOCK_WORKER_URL);
      worker.on('message', (done: BlockDone) => {
        this.ready.set(done.index, done);
        this.idle.push(worker);
        this.dispatch();
        void this.writeReady();
      });
      worker.on('error', (err) => this.fail(err));
      // A worker that stops on its own would leave its block unwritten and the run waiting for it.
      worker.on('exit', (code) => {
        if (!this.stopping) this.fail(new Error(`a block worker stopped (exit code ${code})`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  async submit(task: BlockTask): Promise<void> {
    while (this.failure === undefined && this.submitted - this.nextToWrite >= this.window) await this.progress();
    if (this.failure !== undefined) throw this.failure;
    this.submitted++;
    this.queue.push(task);
    this.dispatch();
  }

  /** Every block written; the workers stopped. */
  async finish(): Promise<void> {
    try {
      while (this.failure === undefined && this.nextToWrite < this.submitted) await this.progress();
      if (this.failure !== undefined) throw this.failure;
    } finally {
      await this.terminate();
    }
  }

  async terminate(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) this.idle.pop()!.postMessage(this.queue.shift()!);
  }

  /** Writes the blocks that are next in order, one write at a time. */
  private async writeReady(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      for (let done = this.ready.get(this.nextToWrite); done !== undefined; done = this.ready.get(this.nextToWrite)) {
        this.ready.delete(this.nextToWrite);
        await this.write(done.bytes);
        this.quads += done.quads;
        this.nextToWrite++;
        this.notify();
      }
    } catch (err) {
      this.fail(err as Error);
    } finally {
      this.writing = false;
    }
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.notify();
  }

  private progress(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
