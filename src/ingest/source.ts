/**
 * A source document as normalized text, with a way back from any offset of
 * that text to the place of the source it came from: line and column of a
 * text or HTML file, page and line of a PDF, paragraph of a DOCX.
 */
import type { SourcePosition } from '../model.js';
import type { SourceLocator } from './locate.js';

/** The renderings a source document can come in. */
export type SourceFormat = 'text' | 'pdf' | 'docx' | 'html';

/** A span of the normalized text, `[start, end)` in UTF-16 offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface SourceTextInit {
  path: string;
  format: SourceFormat;
  text: string;
  /** Offset into the reader's source for every offset of `text`, and one past its end. */
  sourceOffsets: Int32Array;
  locator: SourceLocator;
  /** Spans of `text` set in bold in the source, sorted; empty where the format has no bold. */
  bold?: TextSpan[];
  /** Whether the format can show bold at all (plain text cannot). */
  carriesBold?: boolean;
  /**
   * The footnotes of the pages, dropped from the text: each note's text,
   * marker first ("* Adopted by the Committee at its seventy-fifth session
   * (31 October-25 November 2022)."). Only their metadata is read.
   */
  notes?: string[];
}

export class SourceText {
  readonly path: string;
  readonly format: SourceFormat;
  readonly text: string;
  /** Bold spans of the normalized text, sorted and disjoint. */
  readonly bold: readonly TextSpan[];
  /** True when the rendering could show bold, so that its absence says something. */
  readonly carriesBold: boolean;
  /** The footnotes dropped from the text, each one string. */
  readonly notes: readonly string[];
  private readonly sourceOffsets: Int32Array;
  private readonly locator: SourceLocator;
  /** How many low surrogates stand before each offset; null when the text has no surrogate, undefined before the first question. */
  private codePointPrefix?: Int32Array | null;

  constructor(init: SourceTextInit) {
    this.path = init.path;
    this.format = init.format;
    this.text = init.text;
    this.sourceOffsets = init.sourceOffsets;
    this.locator = init.locator;
    this.bold = init.bold ?? [];
    this.carriesBold = init.carriesBold ?? false;
    this.notes = init.notes ?? [];
  }

  /** Where an offset of the normalized text is in the source. */
  positionOf(offset: number): SourcePosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    return this.locator.position(this.sourceOffsets[clamped] ?? 0);
  }

  /** The place of an offset as a person reads it: "line 12, column 3", "page 3, line 12", "paragraph 41". */
  describe(offset: number): string {
    return this.locator.describe(this.positionOf(offset));
  }

  /** True when line and column are those of the file itself, so "file:line:column" links to it. */
  get linesAreFileLines(): boolean {
    return this.locator.linesAreFileLines;
  }

  /** Code-point offset for a UTF-16 offset of `text`: anchors count code points. */
  codePointOffset(offset: number): number {
    if (this.codePointPrefix === undefined) this.codePointPrefix = SURROGATE.test(this.text) ? lowSurrogatePrefix(this.text) : null;
    if (this.codePointPrefix) return offset - this.codePointPrefix[offset]!;
    // Without surrogates every unit is a code point; an offset outside the text has none, as with the table.
    return Number.isInteger(offset) && offset >= 0 && offset <= this.text.length ? offset : NaN;
  }

  /** The bold spans that overlap `[start, end)`. */
  boldWithin(start: number, end: number): TextSpan[] {
    return this.bold.filter((s) => s.end > start && s.start < end);
  }
}

const SURROGATE = /[\ud800-\udfff]/;

function lowSurrogatePrefix(text: string): Int32Array {
  const prefix = new Int32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = count;
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) count++;
    }
  }
  prefix[text.length] = count;
  return prefix;
}

/** Builds normalized text piece by piece, remembering where each character came from and whether it is bold. */
export class SourceTextBuilder {
  private readonly chunks: string[] = [];
  /** Source offset of each character so far, in a buffer that doubles when it fills. */
  private offsets: Int32Array;
  private readonly boldSpans: TextSpan[] = [];
  private length = 0;

  /** `expectedLength`: how long the text will be at most, as far as it is known, so that the offsets need not be copied as they grow. */
  constructor(expectedLength = 4096) {
    this.offsets = new Int32Array(expectedLength + 1);
  }

  /** Appends one character (or a short expansion of one, like a ligature) from source offset `from`. */
  append(piece: string, from: number, bold = false): void {
    this.reserve(piece.length);
    this.chunks.push(piece);
    // A piece is a character or two: a loop costs less than a call of fill.
    for (let k = 0; k < piece.length; k++) this.offsets[this.length + k] = from;
    if (bold) this.markBold(this.length, piece.length);
    this.length += piece.length;
  }

  /** Appends the characters of `text` from `from` on, each from its source offset, bold where `bold` has a 1. */
  appendRun(text: string, offsets: Int32Array, bold: Uint8Array | undefined, from = 0): void {
    if (from >= text.length) return;
    const count = text.length - from;
    this.reserve(count);
    this.chunks.push(from === 0 ? text : text.slice(from));
    this.offsets.set(offsets.subarray(from, text.length), this.length);
    if (bold) {
      for (let k = from; k < text.length; k++) if (bold[k] === 1) this.markBold(this.length + (k - from), 1);
    }
    this.length += count;
  }

  /** Takes back the last character appended (a typesetter's hyphen, once the word it broke is joined). */
  dropLast(): void {
    const last = this.chunks[this.chunks.length - 1];
    if (!last) return;
    if (last.length === 1) this.chunks.pop();
    else this.chunks[this.chunks.length - 1] = last.slice(0, -1);
    this.length -= 1;
    const span = this.boldSpans[this.boldSpans.length - 1];
    if (span && span.end > this.length) {
      span.end = this.length;
      if (span.end <= span.start) this.boldSpans.pop();
    }
  }

  get size(): number {
    return this.length;
  }

  build(init: Omit<SourceTextInit, 'text' | 'sourceOffsets' | 'bold'>, endOffset: number): SourceText {
    this.reserve(1);
    this.offsets[this.length] = endOffset;
    const sourceOffsets = this.offsets.subarray(0, this.length + 1);
    return new SourceText({ ...init, text: this.chunks.join(''), sourceOffsets, bold: this.boldSpans });
  }

  /** Bold from `at` for `count` characters: the last span runs on when it ends at `at`. */
  private markBold(at: number, count: number): void {
    const last = this.boldSpans[this.boldSpans.length - 1];
    if (last && last.end === at) last.end += count;
    else this.boldSpans.push({ start: at, end: at + count });
  }

  private reserve(count: number): void {
    if (this.length + count <= this.offsets.length) return;
    const grown = new Int32Array(Math.max(2 * this.offsets.length, this.length + count));
    grown.set(this.offsets.subarray(0, this.length));
    this.offsets = grown;
  }
}
