/**
 * SOURCE... (documents to convert, or RDF dumps) to one N-Triples file per
 * named graph in a temporary folder: sorted, without duplicates, counted.
 * Only a bounded buffer of lines is held in memory while reading, so a dump
 * larger than memory can still be loaded or published graph by graph.
 */
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quad } from 'n3';
import { describeWarning, InputError } from '../errors.js';
import { convertFile } from '../pipeline.js';
import { eachQuadOfFile, rdfSyntaxOf } from '../rdf/read.js';
import { ntriplesLine } from '../serialize/index.js';
import { sortByCodePoint } from '../serialize/order.js';
import { expandPaths, statPath } from '../cli/sources.js';

export interface GraphFile {
  /** The graph IRI (for a converted document, the document IRI). */
  iri: string;
  /** N-Triples of the graph, sorted, one triple per line. */
  path: string;
  triples: number;
  bytes: number;
  /** Graphs with blank nodes are never split into chunks: each request would mint new nodes. */
  hasBlankNodes: boolean;
  /** The files the graph came from. */
  origins: string[];
}

export interface CollectOptions {
  base?: string;
  symbol?: string;
  /** Graph for the triples of a dump that are in its default graph (Turtle, N-Triples). */
  defaultGraph?: string;
  onWarning?: (message: string) => void;
  /** Told of each file once it is read. */
  onFile?: (file: string) => void;
  /** Lines held in memory before they go to the per-graph files (default 8 MiB of text). */
  bufferBytes?: number;
}

export interface DocumentInfo {
  file: string;
  symbol: string;
  graph: string;
  paragraphs: number;
}

export class GraphSet {
  private constructor(
    readonly dir: string,
    readonly graphs: GraphFile[],
    readonly documents: DocumentInfo[],
  ) {}

  static async collect(paths: string[], options: CollectOptions = {}): Promise<GraphSet> {
    const dir = await mkdtemp(join(tmpdir(), 'tbkg-graphs-'));
    try {
      const spool = new Spool(dir, options.bufferBytes ?? 8 * 1024 * 1024);
      const documents: DocumentInfo[] = [];
      const { documents: docFiles, dumps } = await sourceFiles(paths);
      if (options.symbol !== undefined && docFiles.length !== 1) throw new InputError('--symbol names one document: give one source document with it');
      for (const file of docFiles) {
        const { model, quads } = await convertFile(file, { base: options.base, symbol: options.symbol });
        for (const w of model.warnings) options.onWarning?.(describeWarning(file, w));
        let graph = '';
        for (const quad of quads) {
          graph = quad.graph.value;
          await spool.add(graph, ntriplesLine(quad), file);
        }
        documents.push({ file, symbol: model.symbol, graph, paragraphs: model.paragraphs.length });
        options.onFile?.(file);
      }
      for (const file of dumps) {
        await readDump(file, options.defaultGraph, (graph, line) => spool.add(graph, line, file));
        options.onFile?.(file);
      }
      const graphs = await spool.finish();
      return new GraphSet(dir, graphs, documents);
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
  }

  get triples(): number {
    return this.graphs.reduce((n, g) => n + g.triples, 0);
  }

  /** The N-Triples of one graph. */
  async text(graph: GraphFile): Promise<string> {
    return readFile(graph.path, 'utf8');
  }

  async dispose(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}


/** Source documents (converted) and RDF dumps (read as they are), each in name order within a folder. */
export async function sourceFiles(paths: string[]): Promise<{ documents: string[]; dumps: string[] }> {
  const documents: string[] = [];
  const dumps: string[] = [];
  for (const path of paths) {
    const info = await statPath(path);
    if (!info.isDirectory()) {
      (rdfSyntaxOf(path) ? dumps : documents).push(path);
      continue;
    }
    const rdfFiles = await rdfFilesIn(path);
    let docs: string[] = [];
    try {
      docs = (await expandPaths([path])).filter((f) => !rdfSyntaxOf(f));
    } catch (err) {
      if (!(err instanceof InputError) || rdfFiles.length === 0) throw err;
    }
    documents.push(...docs);
    dumps.push(...rdfFiles);
  }
  return { documents, dumps };
}

async function rdfFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await rdfFilesIn(path)));
    else if (entry.isFile() && rdfSyntaxOf(entry.name)) files.push(path);
  }
  return files;
}


/** Streams a dump quad by quad (JSON-LD is read whole: it has no streaming form here). */
async function readDump(file: string, defaultGraph: string | undefined, add: (graph: string, line: string) => Promise<void>): Promise<void> {
  const syntax = rdfSyntaxOf(file)!;
  const graphOf = (quad: Quad): string => {
    if (quad.graph.termType === 'NamedNode') return quad.graph.value;
    if (quad.graph.termType === 'DefaultGraph' && defaultGraph !== undefined) return defaultGraph;
    if (quad.graph.termType === 'DefaultGraph') {
      throw new InputError('has triples in the default graph: tbkg keeps one named graph per document, so give them one with --graph IRI (or use N-Quads, TriG or JSON-LD with named graphs)', file);
    }
    throw new InputError(`a graph named by a blank node (${quad.graph.value}) cannot be sent to a store by name`, file);
  };
  await eachQuadOfFile(file, syntax, (quad) => add(graphOf(quad), ntriplesLine(quad)));
}

/** Lines grouped by graph, written to one file per graph whenever the buffer fills. */
class Spool {
  private readonly buffers = new Map<string, string[]>();
  private readonly files = new Map<string, { path: string; origins: Set<string> }>();
  private buffered = 0;

  constructor(
    private readonly dir: string,
    private readonly limit: number,
  ) {}

  async add(graph: string, line: string, origin: string): Promise<void> {
    let file = this.files.get(graph);
    if (!file) {
      file = { path: join(this.dir, `graph-${String(this.files.size + 1).padStart(6, '0')}.nt`), origins: new Set() };
      this.files.set(graph, file);
      await writeFile(file.path, '');
    }
    file.origins.add(origin);
    let buffer = this.buffers.get(graph);
    if (!buffer) {
      buffer = [];
      this.buffers.set(graph, buffer);
    }
    buffer.push(line);
    this.buffered += line.length;
    if (this.buffered >= this.limit) await this.flush();
  }

  private async flush(): Promise<void> {
    for (const [graph, lines] of this.buffers) {
      if (lines.length > 0) await appendFile(this.files.get(graph)!.path, lines.join(''));
    }
    this.buffers.clear();
    this.buffered = 0;
  }

  /** Sorts each graph's file, drops duplicate triples, and counts; graphs in code-point order of their IRIs. */
  async finish(): Promise<GraphFile[]> {
    await this.flush();
    const graphs: GraphFile[] = [];
    for (const iri of sortByCodePoint([...this.files.keys()])) {
      const file = this.files.get(iri)!;
      const lines = (await readFile(file.path, 'utf8')).split('\n');
      lines.pop(); // the text ends with a newline
      sortByCodePoint(lines);
      const unique = lines.filter((line, i) => i === 0 || line !== lines[i - 1]);
      const text = unique.length > 0 ? `${unique.join('\n')}\n` : '';
      await writeFile(file.path, text);
      graphs.push({
        iri,
        path: file.path,
        triples: unique.length,
        bytes: Buffer.byteLength(text),
        hasBlankNodes: unique.some((line) => line.startsWith('_:') || / _:[^\s]+ \.$/.test(line)),
        origins: [...file.origins].sort(),
      });
    }
    return graphs;
  }
}
