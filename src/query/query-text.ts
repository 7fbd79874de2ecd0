/**
 * Where the query comes from: a .rq file, standard input ("-"), or the text
 * itself (-e). A QUERY argument is always a path: one that does not exist
 * is an error, never read as SPARQL, so a typo in a file name cannot run
 * some other query.
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';

export interface QueryText {
  text: string;
  /** How errors name the query: the file, "<stdin>" or "-e". */
  origin: string;
}

export async function readQueryText(options: { expression?: string; path?: string; stdin?: NodeJS.ReadableStream }): Promise<QueryText> {
  if (options.expression !== undefined) {
    if (options.path !== undefined) throw new UsageError('give the query once: a QUERY file or -e TEXT, not both');
    return { text: options.expression, origin: '-e' };
  }
  if (options.path === undefined) throw new UsageError('query needs a QUERY (a .rq file, - for standard input) or -e TEXT (see tbkg query --help)');
  if (options.path === '-') return { text: await readAll(options.stdin ?? process.stdin), origin: '<stdin>' };
  try {
    return { text: await readFile(options.path, 'utf8'), origin: options.path };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const hint = /^\s*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.test(options.path) ? ' (to give the query text itself, use -e)' : '';
      throw new UsageError(`${options.path}: no such query file${hint}`);
    }
    if (code === 'EISDIR') throw new UsageError(`${options.path}: is a folder, not a query file`);
    throw new UsageError(`${options.path}: cannot read the query: ${(err as Error).message}`);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
