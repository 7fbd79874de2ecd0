/**
 * One document of a corpus, converted on its own (in a worker thread or in
 * the main one): its N-Quads, sorted, without its reiterations, which wait
 * for the link phase, and the small records the link phase needs.
 */
import { extractDocument } from '../extract/index.js';
import { readSource } from '../ingest/index.js';
import type { Warning } from '../model.js';
import { parseDocument } from '../parse/index.js';
import { Iris } from '../rdf/iris.js';
import { toNQuadsDeferringReiterations } from '../rdf/map.js';
import { DEFAULT_BASE } from '../rdf/vocab.js';
import { TbkgError } from '../errors.js';
import { linkRecord, reviewSummary, type LinkRecord, type ReviewSummary } from './links.js';

export interface DocumentTask {
  index: number;
  path: string;
  base?: string;
  symbol?: string;
}

export interface DocumentFailure {
  index: number;
  ok: false;
  path: string;
  message: string;
  exitCode: number;
  file?: string;
  line?: number;
  column?: number;
}

export interface DocumentDone {
  index: number;
  ok: true;
  path: string;
  symbol: string;
  /**
   * The document's quads as sorted N-Quads lines, reiterations left out, in
   * UTF-8: a worker hands the bytes over without a copy, and the main thread
   * writes them without encoding them again.
   */
  nquads: Uint8Array;
  quadCount: number;
  paragraphs: number;
  warnings: Warning[];
  summary: ReviewSummary;
  record: LinkRecord;
}

export type DocumentResult = DocumentDone | DocumentFailure;

export async function convertForCorpus(task: DocumentTask): Promise<DocumentResult> {
  try {
    const source = await readSource(task.path);
    const model = extractDocument(parseDocument(source, { symbol: task.symbol }));
    const base = task.base ?? DEFAULT_BASE;
    const graph = new Iris(base).document(model.symbol);
    const { nquads, quadCount, reiterations } = toNQuadsDeferringReiterations(model, { base });
    return {
      index: task.index,
      ok: true,
      path: task.path,
      symbol: model.symbol,
      nquads,
      quadCount,
      paragraphs: model.paragraphs.length,
      warnings: model.warnings,
      summary: reviewSummary(model, graph),
      record: linkRecord(model, graph, reiterations),
    };
  } catch (err) {
    if (err instanceof TbkgError) {
      return {
        index: task.index, ok: false, path: task.path, message: err.message, exitCode: err.exitCode,
        ...(err.file !== undefined ? { file: err.file } : {}),
        ...(err.line !== undefined ? { line: err.line } : {}),
        ...(err.column !== undefined ? { column: err.column } : {}),
      };
    }
    // One bad document never stops the others: an unexpected failure is that document's.
    return { index: task.index, ok: false, path: task.path, file: task.path, message: `internal error: ${(err as Error)?.stack ?? String(err)}`, exitCode: 70 };
  }
}
