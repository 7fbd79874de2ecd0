/**
 * Reading a SOURCE for an engine: a dump's text as it is (gunzipped), or a
 * document converted and written as N-Quads. Text is what Oxigraph loads
 * fastest (JS quad objects cost it 2-3 times as much), and what N3's
 * parser reads for Comunica.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Quad } from 'n3';
import type { Warning } from '../model.js';
import { convertFile } from '../pipeline.js';
import { nquadsLine } from '../serialize/index.js';
import { asDataError, DataError } from './errors.js';
import type { Source } from './sources.js';

export interface SourceOptions {
  base?: string;
  symbol?: string;
  /** A warning of the conversion of a document, as plain data (it may cross from a worker thread). */
  documentWarning: (file: string, warning: Warning) => void;
}

export async function readDumpText(source: Extract<Source, { kind: 'dump' }>): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(source.path);
  } catch (err) {
    throw new DataError(`cannot read: ${(err as Error).message}`, source.path);
  }
  if (source.gzip) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      throw new DataError(`not valid gzip: ${(err as Error).message}`, source.path);
    }
  }
  return bytes.toString('utf8');
}

/**
 * A dump as quads, through src/rdf/read.ts: for JSON-LD (which Oxigraph does
 * not read) and for Comunica's N3 store. Loaded only when needed, since it
 * brings jsonld.js along.
 */
export async function readDumpQuads(source: Extract<Source, { kind: 'dump' }>): Promise<Quad[]> {
  const { readRdfFile } = await import('../rdf/read.js');
  try {
    return await readRdfFile(source.path);
  } catch (err) {
    throw asDataError(err);
  }
}

export async function convertDocument(source: Extract<Source, { kind: 'document' }>, options: SourceOptions): Promise<Quad[]> {
  let conversion;
  try {
    conversion = await convertFile(source.path, { base: options.base, symbol: options.symbol });
  } catch (err) {
    throw asDataError(err);
  }
  for (const w of conversion.model.warnings) options.documentWarning(source.path, w);
  return conversion.quads;
}

export function toNQuads(quads: Iterable<Quad>): string {
  let text = '';
  for (const q of quads) text += nquadsLine(q);
  return text;
}
