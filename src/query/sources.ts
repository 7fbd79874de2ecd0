/**
 * The SOURCE arguments of `tbkg query`: RDF dumps, told by their extension
 * (.ttl .nt .nq .trig .jsonld .json, each optionally .gz), and source
 * documents (anything else), converted on the fly as `convert` would. A
 * folder stands for the dumps and documents in it and below it, in name
 * order. No SOURCE at all means the documents of the bundled seeds/ folder.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { formatFromExtension, type RdfFormat } from '../serialize/index.js';

export type Source =
  | { kind: 'dump'; path: string; syntax: RdfFormat; gzip: boolean }
  | { kind: 'document'; path: string };

/** Extensions of the source documents a folder is searched for (single files may be anything ingest reads). */
const DOCUMENT_EXTENSIONS = ['.txt', '.pdf', '.docx', '.html', '.htm'];

const SEEDS_FOLDER = fileURLToPath(new URL('../../seeds/', import.meta.url));

export interface ResolvedSources {
  sources: Source[];
  /** True when no SOURCE was given and seeds/ stands in. */
  seeds: boolean;
}

export async function resolveSources(paths: readonly string[]): Promise<ResolvedSources> {
  const seeds = paths.length === 0;
  const sources: Source[] = [];
  for (const path of seeds ? [SEEDS_FOLDER] : paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(`${path}: ${code === 'ENOENT' ? 'no such file or folder' : (err as Error).message}`);
    }
    if (info.isDirectory()) {
      const found = await sourcesIn(path);
      if (found.length === 0) throw new UsageError(`${path}: no RDF dumps or documents (${DOCUMENT_EXTENSIONS.join(' ')}) in this folder`);
      sources.push(...found);
    } else {
      sources.push(classify(path));
    }
  }
  return { sources, seeds };
}

export function classify(path: string): Source {
  const gzip = /\.gz$/i.test(path);
  const syntax = formatFromExtension(gzip ? path.slice(0, -3) : path);
  return syntax ? { kind: 'dump', path, syntax, gzip } : { kind: 'document', path };
}

async function sourcesIn(dir: string): Promise<Source[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: Source[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await sourcesIn(path)));
    } else if (entry.isFile()) {
      const source = classify(path);
      const lower = entry.name.toLowerCase();
      if (source.kind === 'dump' || DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext))) found.push(source);
    }
  }
  return found;
}

/**
 * Whether the default graph is the union of all graphs. Each converted
 * document is a named graph of its own, so when documents are queried (or
 * the seeds, by default) the union is what a question means; a dump keeps
 * its own default graph unless --union-default-graph is given.
 */
export function usesUnionDefaultGraph(sources: readonly Source[], requested: boolean): boolean {
  return requested || sources.some((s) => s.kind === 'document');
}
