/** Any source file to normalized text with a map back to the source. */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { SourceText } from './source.js';
import { decodeText, normalizeText } from './text.js';

export { SourceText } from './source.js';

export async function readSource(path: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new InputError(`cannot read: ${osMessage(err)}`, path);
  }
  return ingestBytes(bytes, path);
}

export function ingestBytes(bytes: Uint8Array, path: string): SourceText {
  return normalizeText(decodeText(bytes, path), path);
}

export function ingestString(text: string, path: string): SourceText {
  return normalizeText(text, path);
}

function osMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file (ENOENT)';
  if (e?.code === 'EACCES') return 'permission denied (EACCES)';
  if (e?.code === 'EISDIR') return 'is a directory (EISDIR)';
  return e?.code ? `${e.message}` : String(err);
}
