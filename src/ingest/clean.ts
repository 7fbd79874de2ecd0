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

/** Any line, character by character; runs of characters kept as they are are copied whole. */
function cleanChars(raw: RawLine): CleanLine {
  const source = raw.text;
  const out = new CleanedChars(source.length, raw.bold !== undefined);
  /** Where the run of characters kept as they are began, or -1. */
  let kept = -1;
  let pendingSpace = -1;
  let softHyphenEnd = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const replacement = code === HYPHEN || code === NON_BREAKING_HYPHEN ? '-' : code >= FIRST_LIGATURE && code <= LAST_LIGATURE ? LIGATURES[code - FIRST_LIGATURE]! : undefined;
    const asIs = replacement === undefined && code !== SOFT_HYPHEN && !isInvisible(code) && !isSpaceLike(code);
    if (asIs && pendingSpace < 0) {
      if (kept < 0) kept = i;
      softHyphenEnd = false;
      continue;
    }
    if (kept >= 0) out.copy(raw, kept, i);
    kept = -1;
    if (code === SOFT_HYPHEN) {
      softHyphenEnd = true;
      continue;
    }
    if (isInvisible(code)) continue;
    if (isSpaceLike(code)) {
      if (out.length > 0 && pendingSpace < 0) pendingSpace = raw.offsets[i]!;
      continue;
    }
    softHyphenEnd = false;
    const weight = raw.bold?.[i] === 1 ? 1 : 0;
    if (pendingSpace >= 0) {
      // A space between two bold words is bold: the bold span runs on.
      out.put(' ', pendingSpace, weight === 1 && out.lastBold() === 1 ? 1 : 0);
      pendingSpace = -1;
    }
    if (replacement === undefined) kept = i;
    else out.put(replacement, raw.offsets[i]!, weight);
  }
  if (kept >= 0) out.copy(raw, kept, source.length);
  // pdftotext -layout sets a typesetter's line-end hyphen apart: "incorporat -".
  out.joinSpacedHyphen();
  return { text: out.text, offsets: out.offsets.subarray(0, out.length), bold: out.bold?.subarray(0, out.length), endOffset: raw.endOffset, softHyphenEnd, source: raw };
}

/** The characters of a cleaned line as they are put together, each with its source offset and weight. */
class CleanedChars {
  text = '';
  length = 0;
  readonly offsets: Int32Array;
  readonly bold: Uint8Array | undefined;
  private readonly pieces: string[] = [];

  constructor(sourceLength: number, carriesBold: boolean) {
    // A ligature spells out to at most three letters.
    this.offsets = new Int32Array(3 * sourceLength);
    this.bold = carriesBold ? new Uint8Array(3 * sourceLength) : undefined;
  }

  /** Copies the characters of `raw` from `start` to `end` as they are. */
  copy(raw: RawLine, start: number, end: number): void {
    this.pieces.push(raw.text.slice(start, end));
    this.offsets.set(raw.offsets.subarray(start, end), this.length);
    if (this.bold) for (let k = start; k < end; k++) this.bold[this.length + k - start] = raw.bold?.[k] === 1 ? 1 : 0;
    this.length += end - start;
  }

  /** Puts `piece` in for one character of the source, at `at`. */
  put(piece: string, at: number, weight: number): void {
    this.pieces.push(piece);
    for (let k = 0; k < piece.length; k++) {
      this.offsets[this.length] = at;
      if (this.bold) this.bold[this.length] = weight;
      this.length++;
    }
  }

  lastBold(): number {
    return this.bold?.[this.length - 1] ?? 0;
  }

  /** Joins the pieces; a final hyphen set apart from a lower-case letter by a space loses the space. */
  joinSpacedHyphen(): void {
    this.text = this.pieces.join('');
    const last = this.length - 1;
    if (this.text[last] !== '-' || this.text[last - 1] !== ' ' || !/\p{Ll}/u.test(this.text[last - 2] ?? '')) return;
    this.text = this.text.slice(0, last - 1) + '-';
    this.offsets[last - 1] = this.offsets[last]!;
    if (this.bold) this.bold[last - 1] = this.bold[last]!;
    this.length--;
  }
}
