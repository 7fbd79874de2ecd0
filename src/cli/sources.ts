/** Command-line paths to the files they name: a folder stands for the documents in it. */
import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';

/**
 * Extensions of the source documents a folder is searched for. A file named
 * on the command line is read whatever its name: its content tells its format.
 */
export const DOCUMENT_EXTENSIONS = ['.txt', '.text', '.pdf', '.docx', '.html', '.htm', '.xhtml'];

/** The file or folder at `path`, or an error that names it and says why it cannot be read. */
export async function statPath(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read: ${code === 'ENOENT' ? 'no such file or folder (ENOENT)' : (err as Error).message}`, path);
  }
}

export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await statPath(path);
    if (info.isDirectory()) {
      const found = await documentsIn(path);
      if (found.length === 0) throw new InputError(`no documents (${DOCUMENT_EXTENSIONS.join(' ')}) in this folder`, path);
      files.push(...found);
    } else {
      files.push(path);
    }
  }
  return files;
}

async function documentsIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await documentsIn(path)));
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) files.push(path);
  }
  return files;
}
