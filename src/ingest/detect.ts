/**
 * The rendering of a file, told from its first bytes rather than from its
 * name: a PDF says "%PDF", a DOCX is a ZIP archive, an HTML page opens with
 * markup; anything else is read as text.
 */
import { bomEncoding, hasPrefix } from './decode.js';

export type DetectedFormat = 'pdf' | 'zip' | 'html' | 'text' | 'ole2';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** Word 97-2003 (.doc) and other OLE2 compound files. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Markup that opens an HTML page, after a byte-order mark, white space, an XML declaration or comments. */
const HTML_START = /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;

export function detectFormat(bytes: Uint8Array): DetectedFormat {
  // The PDF header may follow some junk bytes; readers look in the first kilobyte.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) if (hasPrefix(head, PDF_MAGIC, i)) return 'pdf';
  if (hasPrefix(bytes, ZIP_MAGIC) || hasPrefix(bytes, EMPTY_ZIP_MAGIC)) return 'zip';
  if (hasPrefix(bytes, OLE2_MAGIC)) return 'ole2';
  if (HTML_START.test(sniffText(bytes.subarray(0, 4096)))) return 'html';
  return 'text';
}

/** The start of a file as characters, good enough to look for markup in any ASCII-compatible or UTF-16 encoding. */
function sniffText(head: Uint8Array): string {
  const bom = bomEncoding(head);
  if (bom === 'utf-16le' || bom === 'utf-16be') return new TextDecoder(bom).decode(head);
  return new TextDecoder('latin1').decode(bom === 'utf-8' ? head.subarray(3) : head);
}
