/** The whole pipeline for one source document: file to model to quads. */
import type { Quad } from 'n3';
import { extractDocument } from './extract/index.js';
import { readSource } from './ingest/index.js';
import type { SourceText } from './ingest/source.js';
import type { ConcludingObservations } from './model.js';
import { parseDocument } from './parse/index.js';
import { toQuads } from './rdf/map.js';

export interface ConvertOptions {
  base?: string;
  symbol?: string;
}

export interface Conversion {
  model: ConcludingObservations;
  quads: Quad[];
}

export function convertSource(source: SourceText, options: ConvertOptions = {}): Conversion {
  const model = extractDocument(parseDocument(source, { symbol: options.symbol }));
  return { model, quads: toQuads(model, { base: options.base }) };
}

export async function convertFile(path: string, options: ConvertOptions = {}): Promise<Conversion> {
  return convertSource(await readSource(path), options);
}
