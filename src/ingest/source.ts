/**
 * A source document as normalized text, with a way back from any offset of
 * that text to the line and column of the file it came from.
 */
import type { SourcePosition } from '../model.js';

export class SourceText {
  /** UTF-16 offset into the source text for every offset of `text` (and one past its end). */
  private readonly sourceOffsets: Int32Array;
  private readonly sourceLineStarts: number[];
  private codePointPrefix?: Int32Array;

  constructor(
    readonly path: string,
    readonly text: string,
    sourceOffsets: Int32Array,
    sourceLineStarts: number[],
  ) {
    this.sourceOffsets = sourceOffsets;
    this.sourceLineStarts = sourceLineStarts;
  }

  /** Line and column (both 1-based, column in code units) in the source file. */
  positionOf(offset: number): SourcePosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const src = this.sourceOffsets[clamped] ?? 0;
    let lo = 0;
    let hi = this.sourceLineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sourceLineStarts[mid]! <= src) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: src - this.sourceLineStarts[lo]! + 1 };
  }

  /** Code-point offset for a UTF-16 offset of `text`: anchors count code points. */
  codePointOffset(offset: number): number {
    if (!this.codePointPrefix) this.codePointPrefix = lowSurrogatePrefix(this.text);
    return offset - this.codePointPrefix[offset]!;
  }
}

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

/** Builds normalized text piece by piece, remembering where each piece came from. */
export class SourceTextBuilder {
  private readonly chunks: string[] = [];
  private readonly offsets: number[] = [];
  private length = 0;

  /** Appends `piece`, all of whose characters map to source offset `from` onwards. */
  append(piece: string, from: number, oneToOne = true): void {
    this.chunks.push(piece);
    for (let i = 0; i < piece.length; i++) this.offsets.push(oneToOne ? from + i : from);
    this.length += piece.length;
  }

  get size(): number {
    return this.length;
  }

  lastChar(): string {
    const last = this.chunks[this.chunks.length - 1];
    return last ? last[last.length - 1]! : '';
  }

  build(path: string, source: string, endOffset: number): SourceText {
    const offsets = Int32Array.from([...this.offsets, endOffset]);
    return new SourceText(path, this.chunks.join(''), offsets, lineStarts(source));
  }
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
