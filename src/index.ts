/** tbkg as a library: the pipeline stages and the whole conversion. */
export { convertFile, convertSource, type Conversion, type ConvertOptions } from './pipeline.js';
export { readSource, readBytes, ingestBytes, ingestString, detectFormat, SourceText, type SourceFormat } from './ingest/index.js';
export { parseDocument } from './parse/index.js';
export { extractDocument } from './extract/index.js';
export { toQuads } from './rdf/map.js';
export type * from './model.js';
export { TbkgError, InputError, UsageError } from './errors.js';
export { serialize, formatFromExtension, type RdfFormat } from './serialize/index.js';
export { validateQuads, formatReport } from './validate/shacl.js';
export { readRdfFile } from './rdf/read.js';
export { linkDocuments, type LinkedCorpus } from './link/index.js';
export { convertCorpus, type CorpusOptions, type CorpusResult, type LinkStats } from './link/corpus.js';
