/**
 * A corpus converted as a stream: documents are converted in parallel
 * (worker threads), written in the order they were given as soon as each is
 * done (one named graph per document, never the whole corpus in memory),
 * and linked at the end from the small records each leaves in a spill file:
 * reiterations to the very nodes of cited documents in the corpus, and
 * tb:previousReview between successive reviews. The same input gives the
 * same bytes, whatever the timing of the workers.
 */
import { createReadStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Worker } from 'node:worker_threads';
import { DataFactory, type Quad } from 'n3';
import { TbkgError } from '../errors.js';
import { openWriteStream } from '../files.js';
import type { Warning } from '../model.js';
import { Iris } from '../rdf/iris.js';
import { reiterationQuads } from '../rdf/map.js';
import { DEFAULT_BASE, tb } from '../rdf/vocab.js';
import type { RdfFormat } from '../serialize/index.js';
import { convertForCorpus, type DocumentFailure, type DocumentResult, type DocumentTask } from './document.js';
import { openSink, type Sink } from './sinks.js';
import { startWorker } from './threads.js';
import { chainReviews, pinpointKey, resolvePinpoint, type LinkRecord, type ReviewChains, type ReviewSummary } from './links.js';

const { namedNode, quad } = DataFactory;

export interface CorpusOptions {
  base?: string;
  symbol?: string;
  /** Worker threads; 1 converts in this thread. */
  jobs: number;
  /** Stop at the first document that fails (documents named one by one); else report it and go on. */
  failFast: boolean;
  format: RdfFormat;
  /** Output file (written to a temporary file and renamed), or standard output. */
  out?: string;
  /** Called for each document in order, done or failed. */
  onDocument?: (result: DocumentResult, done: number, total: number) => void;
  /** Called in the link phase as each converted document gets its links (and, but for N-Quads, is written). */
  onLinked?: (done: number, total: number) => void;
}

export interface LinkStats {
  reiterations: number;
  /** Reiterations whose cited document is in the corpus and whose node was found there. */
  resolved: number;
  /** Reiterations whose cited document is in the corpus but not the paragraph or item. */
  unresolvedInCorpus: number;
  /** Reiterations of documents outside the corpus. */
  outside: number;
  previousReviews: number;
  undated: string[];
  gaps: Array<[string, string]>;
}

export interface CorpusResult {
  documents: number;
  failed: DocumentFailure[];
  paragraphs: number;
  triples: number;
  warnings: number;
  links: LinkStats;
}

/** An error that stops a fail-fast run: the document's own error, with its place. */
export function failureError(f: DocumentFailure): TbkgError {
  return new TbkgError(f.message, f.exitCode, f.file, f.line, f.column);
}

export async function convertCorpus(files: string[], options: CorpusOptions): Promise<CorpusResult> {
  const base = options.base ?? DEFAULT_BASE;
  const jobs = Math.max(1, Math.min(options.jobs, files.length));
  const sink = await openSink(options.format, base, options.out, jobs);
  const spill = await Spill.open();
  const summaries = new SummaryTable();
  summaries.base = base;
  const symbols = new Set<string>();
  const result: CorpusResult = { documents: 0, failed: [], paragraphs: 0, triples: 0, warnings: 0, links: emptyLinks() };
  let done = 0;
  try {
    // Tasks are made as they are sent: a corpus of 50,000 documents holds their paths, not 50,000 task objects.
    const tasks: Tasks = {
      length: files.length,
      at: (index) => ({
        index, path: files[index]!, ...(options.base ? { base: options.base } : {}), ...(options.symbol ? { symbol: options.symbol } : {}),
      }),
    };
    for await (const r of jobs > 1 ? inWorkers(tasks, jobs) : inThisThread(tasks)) {
      done++;
      if (!r.ok) {
        result.failed.push(r);
        options.onDocument?.(r, done, files.length);
        if (options.failFast) throw failureError(r);
        continue;
      }
      result.documents++;
      result.paragraphs += r.paragraphs;
      result.warnings += r.warnings.length;
      await sink.writeDocument(r);
      summaries.push(r.summary);
      symbols.add(r.symbol);
      await spill.write(r.record);
      options.onDocument?.(r, done, files.length);
    }
    if (result.documents === 0) {
      await sink.discard();
      return result;
    }
    await spill.close();
    const onLinked = options.onLinked;
    const links = await linkCorpus(spill, symbols, chainReviews(summaries.all()), base, sink,
      onLinked ? (n: number) => onLinked(n, result.documents) : undefined);
    result.links = links;
    await sink.close();
    result.triples = sink.quads;
    return result;
  } catch (err) {
    await sink.discard();
    throw err;
  } finally {
    await spill.remove();
  }
}

function emptyLinks(): LinkStats {
  return { reiterations: 0, resolved: 0, unresolvedInCorpus: 0, outside: 0, previousReviews: 0, undated: [], gaps: [] };
}

/**
 * The link phase, over the spill file: which cited pinpoints name documents
 * of the corpus (first pass), where their nodes are (second pass, keeping
 * only those), then the link quads of each document in order (third pass).
 */
async function linkCorpus(
  spill: Spill, symbols: Set<string>, chains: ReviewChains, base: string, sink: Sink, onLinked?: (done: number) => void,
): Promise<LinkStats> {
  const stats = emptyLinks();
  stats.undated = chains.undated;
  stats.gaps = chains.gaps;
  const wanted = new Map<string, Array<{ key: string; paragraph: string; item: string | null; kind: LinkRecord['reiterations'][number]['fromKind'] }>>();
  for await (const record of spill.records()) {
    for (const r of record.reiterations) {
      if (!symbols.has(r.symbol)) continue;
      const key = pinpointKey(r.symbol, r.paragraph, r.item) + `\u0000${r.fromKind}`;
      const list = wanted.get(r.symbol) ?? [];
      if (!list.some((w) => w.key === key)) list.push({ key, paragraph: r.paragraph, item: r.item, kind: r.fromKind });
      wanted.set(r.symbol, list);
    }
  }
  const targets = new Map<string, string>();
  if (wanted.size > 0) {
    for await (const record of spill.records()) {
      for (const w of wanted.get(record.symbol) ?? []) {
        if (targets.has(w.key)) continue;
        const node = resolvePinpoint(record, w.paragraph, w.item, w.kind);
        if (node !== null) targets.set(w.key, node);
      }
    }
  }
  let linked = 0;
  const linkedGraphs = new Set<string>();
  for await (const record of spill.records()) {
    const out: Quad[] = [];
    for (const r of record.reiterations) {
      stats.reiterations++;
      const target = targets.get(pinpointKey(r.symbol, r.paragraph, r.item) + `\u0000${r.fromKind}`) ?? null;
      if (target !== null) stats.resolved++;
      else if (symbols.has(r.symbol)) stats.unresolvedInCorpus++;
      else stats.outside++;
      out.push(...reiterationQuads(base, record.graph, r, target));
    }
    const previous = chains.previous.get(record.graph);
    if (previous && !linkedGraphs.has(record.graph)) {
      linkedGraphs.add(record.graph);
      stats.previousReviews++;
      out.push(quad(namedNode(record.graph), tb('previousReview'), namedNode(previous), namedNode(record.graph)));
    }
    // Every document gets its call, links or not: a sink writing document by document writes it then.
    await sink.writeLinks(out);
    onLinked?.(++linked);
  }
  return stats;
}

/**
 * The review summaries of the documents converted so far, kept compact while
 * the workers run (one string and a few numbers per document, the body,
 * treaty and State of a review interned), and made objects again only for
 * the link phase, once the workers are gone.
 */
class SummaryTable {
  private readonly keys = new Map<string, number>();
  private readonly keyList: string[] = [];
  private readonly symbols: string[] = [];
  private readonly graphs: string[] = [];
  private readonly keyOf: number[] = [];
  private readonly dates: string[] = [];
  private readonly reports: number[] = [];

  push(s: ReviewSummary): void {
    const key = `${s.body}\u0000${s.treaty}\u0000${s.state}`;
    let k = this.keys.get(key);
    if (k === undefined) {
      k = this.keyList.length;
      this.keys.set(key, k);
      this.keyList.push(key);
    }
    this.symbols.push(s.symbol);
    // The graph IRI is the base, "doc/" and the symbol: kept only where it is not.
    this.graphs.push(s.graph === graphOfSymbol(this.base, s.symbol) ? '' : s.graph);
    this.keyOf.push(k);
    this.dates.push(s.date ?? '');
    this.reports.push(s.firstReport ?? -1, s.lastReport ?? -1);
  }

  *all(): Generator<ReviewSummary> {
    for (let i = 0; i < this.symbols.length; i++) {
      const [body, treaty, state] = this.keyList[this.keyOf[i]!]!.split('\u0000') as [string, string, string];
      const symbol = this.symbols[i]!;
      const first = this.reports[2 * i]!;
      const last = this.reports[2 * i + 1]!;
      yield {
        symbol, body, treaty, state,
        graph: this.graphs[i] || graphOfSymbol(this.base, symbol),
        ...(this.dates[i] ? { date: this.dates[i] } : {}),
        ...(first >= 0 ? { firstReport: first, lastReport: last } : {}),
      };
    }
  }

  base = DEFAULT_BASE;
}

function graphOfSymbol(base: string, symbol: string): string {
  return new Iris(base).document(symbol);
}

// ---------------------------------------------------------------------------
// Documents, in the order given, from worker threads or from this thread.

interface Tasks {
  length: number;
  at(index: number): DocumentTask;
}

async function* inThisThread(tasks: Tasks): AsyncGenerator<DocumentResult> {
  for (let i = 0; i < tasks.length; i++) yield await convertForCorpus(tasks.at(i));
}

/**
 * Documents converted by `jobs` worker threads and yielded in the order of
 * the tasks. At most a window of documents beyond the next one to yield is
 * converted ahead, so memory stays bounded whatever the corpus' size.
 */
async function* inWorkers(tasks: Tasks, jobs: number): AsyncGenerator<DocumentResult> {
  const window = jobs * 8;
  const ready = new Map<number, DocumentResult>();
  const busy = new Map<Worker, number>();
  let nextTask = 0;
  let nextResult = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const workers: Worker[] = [];
  const feed = (worker: Worker) => {
    if (nextTask < tasks.length && nextTask < nextResult + window) {
      const index = nextTask++;
      busy.set(worker, index);
      worker.postMessage(tasks.at(index));
    } else {
      busy.delete(worker);
    }
  };
  const start = (): Worker => {
    const worker = startWorker(WORKER_URL);
    worker.on('message', (r: DocumentResult) => {
      ready.set(r.index, r);
      feed(worker);
      notify();
    });
    worker.on('error', (err) => {
      // A worker that dies (out of memory, a crash of a native reader) fails its document, never the run.
      const index = busy.get(worker);
      busy.delete(worker);
      const slot = workers.indexOf(worker);
      if (index !== undefined) {
        const task = tasks.at(index);
        ready.set(index, { index, ok: false, path: task.path, file: task.path, message: `the converter stopped on this document: ${err.message}`, exitCode: 70 });
      }
      if (slot >= 0) {
        const replacement = start();
        workers[slot] = replacement;
        feed(replacement);
      }
      notify();
    });
    return worker;
  };
  for (let i = 0; i < jobs; i++) workers.push(start());
  try {
    for (const w of workers) feed(w);
    while (nextResult < tasks.length) {
      const r = ready.get(nextResult);
      if (!r) {
        await new Promise<void>((resolve) => { wake = resolve; });
        continue;
      }
      ready.delete(nextResult);
      nextResult++;
      for (const w of workers) if (!busy.has(w)) feed(w);
      yield r;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

// ---------------------------------------------------------------------------

/** The link records of the documents, one JSON line each, in a temporary file read back at the end. */
class Spill {
  private closed = false;

  private constructor(private readonly dir: string, private readonly path: string, private readonly stream: WriteStream) {}

  static async open(): Promise<Spill> {
    const dir = await mkdtemp(join(tmpdir(), 'tbkg-links-'));
    const path = join(dir, 'links.jsonl');
    return new Spill(dir, path, await openWriteStream(path));
  }

  async write(record: LinkRecord): Promise<void> {
    if (!this.stream.write(`${JSON.stringify(record)}\n`)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }

  async *records(): AsyncGenerator<LinkRecord> {
    const lines = createInterface({ input: createReadStream(this.path, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) if (line.length > 0) yield JSON.parse(line) as LinkRecord;
  }

  async remove(): Promise<void> {
    await this.close().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}

export type { DocumentResult, DocumentFailure, Warning };
