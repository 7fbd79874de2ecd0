/**
 * Plain text (as extracted from a UN PDF or saved from a browser) to
 * normalized text: one line per source line, trimmed, with runs of spaces
 * folded, at most one blank line in a row, and page furniture dropped.
 */
import { InputError } from '../errors.js';
import { SourceText, SourceTextBuilder } from './source.js';

const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/** Characters that stand for a space in extracted text. */
const SPACE_LIKE = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
/** Characters that carry nothing: soft hyphen, zero-width spaces and joiners, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/** Lines that are page furniture rather than text. */
const FURNITURE: RegExp[] = [
  /^[-_=*]{3,}$/, // separators
  /^(page\s+)?\d{1,3}$/i, // page numbers
  /^GE\.\d{2}-\d{4,6}(\s+\(E\))?(\s+\d{6})?/, // UN job numbers
];

export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new InputError('the file is empty', path);
  const head = bytes.subarray(0, 8192);
  if (startsWith(head, '%PDF')) throw new InputError('this is a PDF; only plain text input is read (extract the text first, e.g. pdftotext)', path);
  if (startsWith(head, 'PK\u0003\u0004')) throw new InputError('this is a ZIP archive (DOCX?); only plain text input is read', path);
  const nul = head.indexOf(0);
  if (nul >= 0) throw new InputError(`binary data (a NUL byte at byte ${nul}), not text`, path);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const lines = before.split(/\r\n|\r|\n/);
    throw new InputError(
      `not UTF-8 text (invalid byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at byte ${at})`,
      path,
      lines.length,
      lines[lines.length - 1]!.length + 1,
    );
  }
}

export function normalizeText(source: string, path: string): SourceText {
  const out = new SourceTextBuilder();
  const lineRe = /[^\r\n\f]*(\r\n|\r|\n|\f|$)/g;
  let pendingBlank = false;
  let match: RegExpExecArray | null;
  while ((match = lineRe.exec(source)) !== null) {
    const lineStart = match.index;
    const raw = match[0].slice(0, match[0].length - match[1]!.length);
    const line = normalizeLine(raw, lineStart);
    if (line.chars.length === 0) {
      if (out.size > 0) pendingBlank = true;
    } else if (!FURNITURE.some((re) => re.test(line.chars.join('')))) {
      if (out.size > 0) {
        out.append('\n', lineStart - 1, false);
        if (pendingBlank) out.append('\n', lineStart - 1, false);
      }
      pendingBlank = false;
      for (let i = 0; i < line.chars.length; i++) out.append(line.chars[i]!, line.offsets[i]!, false);
    }
    if (match[0].length === 0 || lineRe.lastIndex >= source.length) break;
  }
  out.append('\n', source.length, false);
  return out.build(path, source, source.length);
}

interface NormalizedLine {
  chars: string[];
  offsets: number[];
}

function normalizeLine(raw: string, lineStart: number): NormalizedLine {
  const chars: string[] = [];
  const offsets: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < raw.length; i++) {
    let ch = raw[i]!;
    const at = lineStart + i;
    if (INVISIBLE.test(ch)) continue;
    if (SPACE_LIKE.test(ch)) ch = ' ';
    if (ch === ' ') {
      pendingSpace = chars.length > 0;
      continue;
    }
    if (pendingSpace) {
      chars.push(' ');
      offsets.push(at - 1);
      pendingSpace = false;
    }
    const expanded = LIGATURES[ch];
    for (const c of expanded ?? ch) {
      chars.push(c);
      offsets.push(at);
    }
  }
  return { chars, offsets };
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  if (bytes.length < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || bytes[i + k]! >> 6 !== 0b10) return i;
    i += len;
  }
  return bytes.length;
}
