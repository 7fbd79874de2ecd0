/**
 * One line's characters cleaned: soft hyphens, zero-width characters and
 * byte-order marks dropped, every kind of space made one space, runs of
 * spaces folded, ligatures spelled out, hyphen variants made "-", and the
 * line trimmed. Each character keeps its source offset and weight.
 */
import type { RawLine } from './lines.js';

/** Ligatures spelled out, by character code (U+FB00 to U+FB06). */
const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];
const FIRST_LIGATURE = 0xfb00;
const LAST_LIGATURE = 0xfb06;

/** A character that stands for a space in extracted text, line ends included. */
function isSpaceLike(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** A character that carries nothing: zero-width spaces and joiners, BOM, other controls. */
function isInvisible(c: number): boolean {
  return c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c === 0x7f || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

const SOFT_HYPHEN = 0xad;
/** Hyphen (U+2010) and non-breaking hyphen (U+2011): the same hyphen as "-" in the text. */
const HYPHEN = 0x2010;
const NON_BREAKING_HYPHEN = 0x2011;

export interface CleanLine {
  text: string;
  /** Source offset of each UTF-16 unit of `text`. */
  offsets: Int32Array;
  /** 1 where the character is set in bold; absent where none is. */
  bold?: Uint8Array;
  /** Offset in the source just past the line. */
  endOffset: number;
  /** The line ended in a soft hyphen: a word broken at the line end. */
  softHyphenEnd: boolean;
  source: RawLine;
}

/** A line of printable ASCII, single spaces, no bold: nothing to clean but its ends. */
const PLAIN = /^ *[\x21-\x7e](?:[\x21-\x7e]| (?=[\x21-\x7e]))* *$/;

export function cleanLine(raw: RawLine): CleanLine {
  const text = raw.text;
  if (raw.bold === undefined) {
    let start = 0;
    while (start < text.length && text.charCodeAt(start) === SPACE) start++;
    if (start === text.length) return { text: '', offsets: NO_OFFSETS, endOffset: raw.endOffset, softHyphenEnd: false, source: raw };
    // A plain line ending in " -" is left to the general loop, which may join the hyphen up.
    if (PLAIN.test(text) && !endsInSpacedHyphen(text)) {
      let end = text.length;
      while (text.charCodeAt(end - 1) === SPACE) end--;
      // The same as the general loop below gives such a line, character for character.
      return { text: text.slice(start, end), offsets: raw.offsets.subarray(start, end), endOffset: raw.endOffset, softHyphenEnd: false, source: raw };
    }
  }
  return cleanChars(raw);
}

const SPACE = 0x20;
const NO_OFFSETS = new Int32Array(0);

/** " -" and nothing but spaces after it. */
function endsInSpacedHyphen(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === SPACE) end--;
  return end >= 2 && text.charCodeAt(end - 1) === 0x2d && text.charCodeAt(end - 2) === SPACE;
}

/** Any line, character by character. */
function cleanChars(raw: RawLine): CleanLine {
  const source = raw.text;
  const chars: string[] = [];
  const offsets: number[] = [];
  const bold: number[] = [];
  let pendingSpace = -1;
  let softHyphenEnd = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const at = raw.offsets[i]!;
    if (code === SOFT_HYPHEN) {
      softHyphenEnd = true;
      continue;
    }
    if (isInvisible(code)) continue;
    if (isSpaceLike(code)) {
      if (chars.length > 0 && pendingSpace < 0) pendingSpace = at;
      continue;
    }
    softHyphenEnd = false;
    if (pendingSpace >= 0) {
      chars.push(' ');
      offsets.push(pendingSpace);
      // A space between two bold words is bold: the bold span runs on.
      bold.push(raw.bold?.[i] === 1 && bold[bold.length - 1] === 1 ? 1 : 0);
      pendingSpace = -1;
    }
    const weight = raw.bold?.[i] === 1 ? 1 : 0;
    const expanded = code === HYPHEN || code === NON_BREAKING_HYPHEN ? '-' : code >= FIRST_LIGATURE && code <= LAST_LIGATURE ? LIGATURES[code - FIRST_LIGATURE]! : source[i]!;
    for (let k = 0; k < expanded.length; k++) {
      chars.push(expanded[k]!);
      offsets.push(at);
      bold.push(weight);
    }
  }
  // pdftotext -layout sets a typesetter's line-end hyphen apart: "incorporat -".
  const last = chars.length - 1;
  if (chars[last] === '-' && chars[last - 1] === ' ' && /\p{Ll}/u.test(chars[last - 2] ?? '')) {
    chars.splice(last - 1, 1);
    offsets.splice(last - 1, 1);
    bold.splice(last - 1, 1);
  }
  return {
    text: chars.join(''),
    offsets: new Int32Array(offsets),
    bold: raw.bold === undefined ? undefined : new Uint8Array(bold),
    endOffset: raw.endOffset,
    softHyphenEnd,
    source: raw,
  };
}
