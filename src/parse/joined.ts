/**
 * Text joined from broken lines, with the offset in the normalized text of
 * every character, so that what a recognizer finds in the joined text can be
 * anchored in the document.
 */

export interface Span {
  start: number;
  end: number;
}

export class JoinedText {
  constructor(
    readonly text: string,
    /** Normalized-text offset of each character of `text`, plus one for its end. */
    private readonly offsets: Int32Array,
  ) {}

  /** The normalized-text span of `text.slice(start, end)`. */
  spanOf(start: number, end: number): Span {
    if (end <= start) {
      const at = this.offsets[start]!;
      return { start: at, end: at };
    }
    return { start: this.offsets[start]!, end: this.offsets[end - 1]! + 1 };
  }

  slice(start: number, end: number): JoinedText {
    // The offsets are never written after construction: a slice shares them.
    return new JoinedText(this.text.slice(start, end), this.offsets.subarray(start, end + 1));
  }

  /** The same text without leading and trailing white space. */
  trim(): JoinedText {
    const start = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    return end <= start ? this.slice(start, start) : this.slice(start, end);
  }

  /** The first index of `text` at or after normalized offset `offset`. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.offsets[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get length(): number {
    return this.text.length;
  }
}

/**
 * Joins lines `[start, end)` of the normalized text: a line break (and any
 * blank line) becomes one space, except after a line-end hyphen, which is a
 * real hyphen in UN text ("347-" + "1" is "347-1", "ill-" + "treatment").
 */
export function joinLines(normalized: string, start: number, end: number): JoinedText {
  const runs: string[] = [];
  const offsets = new Int32Array(end - start + 1);
  let length = 0;
  let endsWithHyphen = false;
  let i = start;
  while (i < end) {
    let lineEnd = normalized.indexOf('\n', i);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    if (lineEnd > i) {
      runs.push(normalized.slice(i, lineEnd));
      for (let k = i; k < lineEnd; k++) offsets[length++] = k;
      endsWithHyphen = normalized.charCodeAt(lineEnd - 1) === HYPHEN;
      i = lineEnd;
      continue;
    }
    let next = i;
    while (next < end && normalized.charCodeAt(next) === NEWLINE) next++;
    if (next >= end) break;
    if (length > 0 && !endsWithHyphen) {
      runs.push(' ');
      offsets[length++] = i;
    }
    i = next;
  }
  offsets[length] = length > 0 ? offsets[length - 1]! + 1 : start;
  return new JoinedText(runs.join(''), offsets.subarray(0, length + 1));
}

const NEWLINE = 0x0a;
const HYPHEN = 0x2d;
