/**
 * Any source file to normalized text with a map back to the source. The
 * rendering is told from the content; the readers of PDF, DOCX and HTML
 * are loaded only when such a file is read, so that reading text (and every
 * other verb) starts fast.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { detectFormat } from './detect.js';
import type { SourceText } from './source.js';
import { readText, textToSource } from './text.js';

export { SourceText, type SourceFormat, type TextSpan } from './source.js';
export { detectFormat, type DetectedFormat } from './detect.js';

export async function readSource(path: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    // One synchronous read: a source file is small, and fs/promises would take
    // an open, a stat, reads and a close, each a turn of the event loop.
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(`cannot read: ${osMessage(err)}`, path);
  }
  return readBytes(bytes, path);
}

/** The bytes of a file in any rendering (PDF, DOCX, HTML, text) to normalized text. */
export async function readBytes(bytes: Uint8Array, path: string): Promise<SourceText> {
  if (bytes.length === 0) throw new InputError('the file is empty', path);
  switch (detectFormat(bytes)) {
    case 'pdf':
      return (await import('./pdf.js')).readPdf(bytes, path);
    case 'zip':
      return (await import('./docx.js')).readDocx(bytes, path);
    case 'html':
      return (await import('./html.js')).readHtml(bytes, path);
    case 'ole2':
      throw new InputError('a Word 97-2003 document (.doc) or another OLE2 file: save it as DOCX or PDF', path);
    case 'text':
      return readText(bytes, path);
  }
}

/**
 * The bytes of a plain-text file to normalized text, synchronously. Other
 * renderings are refused here: read them with `readBytes` or `readSource`.
 */
export function ingestBytes(bytes: Uint8Array, path: string): SourceText {
  const format = bytes.length === 0 ? 'text' : detectFormat(bytes);
  if (format !== 'text') {
    const name = format === 'zip' ? 'a ZIP archive (DOCX?)' : format === 'ole2' ? 'an OLE2 file (.doc?)' : `${format === 'pdf' ? 'a PDF' : 'an HTML page'}`;
    throw new InputError(`this is ${name}, not plain text: read it with readBytes or readSource`, path);
  }
  return readText(bytes, path);
}

export function ingestString(text: string, path: string): SourceText {
  return textToSource(text, path);
}

function osMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file (ENOENT)';
  if (e?.code === 'EACCES') return 'permission denied (EACCES)';
  if (e?.code === 'EISDIR') return 'is a directory (EISDIR)';
  return e?.code ? `${e.message}` : String(err);
}
